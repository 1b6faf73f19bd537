package io.formd.json.datasets;

import io.formd.core.model.SolicitationState;
import io.formd.json.datasets.Tsv.Row;
import io.formd.json.xml.XmlLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One filing's rows written back as the EDGAR XML document they were flattened from, in the schema's order, each
 * cell's text on its own line, so that {@code FormDXml} reads it as it reads a published filing and a problem it
 * finds on a line is that cell's (table, line, column). What the tables cannot tell is not written: an empty cell is
 * no element, and the notes say what the data set loses.
 */
final class FilingXml {

  /** Where a line of the document came from. */
  record Cell(DataSetTable table, int line, String column) { }

  private final XmlLines xml = new XmlLines();
  private final List<String> notes = new ArrayList<>();
  private boolean previousNamesUnknown;

  private FilingXml() {}

  /** @return the document, a line each: what {@code FormDXml} reads when the lines alone cannot say it */
  String xml() {
    return xml.text();
  }

  /** @return the document's lines, which {@code EdgarXmlReader} reads without their text */
  XmlLines lines() {
    return xml;
  }

  /** @param line a line of the document (1-based) @return the cell it holds, or null for a structural line */
  Cell cell(int line) {
    long source = xml.source(line);
    if (source == 0) {
      return null;
    }
    DataSetTable t = DataSetTable.values()[(int) (source >>> 40) - 1];
    return new Cell(t, (int) source, t.columns().get((int) (source >>> 32) & 0xff));
  }

  List<String> notes() {
    return notes;
  }

  /** @return the rules that cannot judge what these rows lost (an issuer's previous names written as nothing) */
  List<String> rulesNotInSource() {
    return previousNamesUnknown ? List.of("D-REQ-PREVIOUS-NAMES") : List.of();
  }

  /** Item 9's boxes: each an element, and a column of OFFERING named as it is in upper case. */
  static final List<String> SECURITY_TYPES = List.of("isEquityType", "isDebtType", "isOptionToAcquireType",
      "isSecurityToBeAcquiredType", "isPooledInvestmentFundType", "isTenantInCommonType", "isMineralPropertyType",
      "isOtherType");

  private static final int[] SECURITY_TYPE_COLUMNS = SECURITY_TYPES.stream()
      .mapToInt(type -> col(DataSetTable.OFFERING, type.toUpperCase(Locale.ROOT))).toArray();

  /** An address's elements, each a column of its table named as it is in upper case. */
  static final List<String> ADDRESS = List.of("street1", "street2", "city", "stateOrCountry",
      "stateOrCountryDescription", "zipCode");

  static final int SUB_SCHEMA = col(DataSetTable.FORMDSUBMISSION, "SCHEMAVERSION");
  static final int SUB_TYPE = col(DataSetTable.FORMDSUBMISSION, "SUBMISSIONTYPE");
  static final int SUB_TEST = col(DataSetTable.FORMDSUBMISSION, "TESTORLIVE");
  static final int SUB_OVER100PERSONS = col(DataSetTable.FORMDSUBMISSION, "OVER100PERSONSFLAG");
  static final int SUB_OVER100ISSUERS = col(DataSetTable.FORMDSUBMISSION, "OVER100ISSUERFLAG");

  static int col(DataSetTable table, String name) {
    return table.column(name);
  }

  /** Each table's address columns in {@link #ADDRESS}'s order, looked up once (not a name spelled per cell). */
  private static final Map<DataSetTable, int[]> ADDRESS_COLUMNS = addressColumns();

  private static Map<DataSetTable, int[]> addressColumns() {
    Map<DataSetTable, int[]> columns = new EnumMap<>(DataSetTable.class);
    for (DataSetTable table : DataSetTable.values()) {
      if (table.columns().contains("STREET1")) {
        int[] at = new int[ADDRESS.size()];
        for (int i = 0; i < at.length; i++) {
          at[i] = col(table, ADDRESS.get(i).toUpperCase(Locale.ROOT));
        }
        columns.put(table, at);
      }
    }
    return columns;
  }

  /** ISSUERS' previous-name columns 1 to 3, by prefix ({@code ISSUER_PREVIOUSNAME_}, {@code EDGAR_PREVIOUSNAME_}). */
  private static final Map<String, int[]> NAME_COLUMNS = Map.of(
      "ISSUER_PREVIOUSNAME_", nameColumns("ISSUER_PREVIOUSNAME_"), "EDGAR_PREVIOUSNAME_",
      nameColumns("EDGAR_PREVIOUSNAME_"));

  private static int[] nameColumns(String prefix) {
    return new int[] {col(DataSetTable.ISSUERS, prefix + 1), col(DataSetTable.ISSUERS, prefix + 2),
        col(DataSetTable.ISSUERS, prefix + 3)};
  }

  /** The document of one accession: its submission row and its rows in the other five tables. */
  static FilingXml of(Row submission, List<Row> issuers, Row offering, List<Row> recipients, List<Row> persons,
      List<Row> signatures) {
    return fill(new FilingXml(), submission, issuers, offering, recipients, persons, signatures);
  }

  /** One document a thread, its arrays reused from filing to filing (they were a sixth of a quarter's allocation). */
  private static final ThreadLocal<FilingXml> REUSED = ThreadLocal.withInitial(FilingXml::new);

  /**
   * As {@link #of}, in this thread's one document: what it returns, and what it holds, is valid until the thread's
   * next call (a quarter's entries, made one at a time on each thread, keep nothing of it but copies).
   */
  static FilingXml reused(Row submission, List<Row> issuers, Row offering, List<Row> recipients, List<Row> persons,
      List<Row> signatures) {
    FilingXml x = REUSED.get();
    x.notes.clear();
    x.previousNamesUnknown = false;
    x.xml.clear();
    return fill(x, submission, issuers, offering, recipients, persons, signatures);
  }

  private static FilingXml fill(FilingXml x, Row submission, List<Row> issuers, Row offering, List<Row> recipients,
      List<Row> persons, List<Row> signatures) {
    x.open("edgarSubmission");
    DataSetTable s = DataSetTable.FORMDSUBMISSION;
    x.leaf("schemaVersion", s, submission, SUB_SCHEMA);
    x.leaf("submissionType", s, submission, SUB_TYPE);
    x.leaf("testOrLive", s, submission, SUB_TEST);
    DataSetTable i = DataSetTable.ISSUERS;
    int primaryFlag = col(i, "IS_PRIMARYISSUER_FLAG");
    List<Row> sorted = bySeq(issuers, col(i, "ISSUER_SEQ_KEY"));
    List<Row> others = new ArrayList<>();
    Row primary = null;
    for (Row r : sorted) {
      if (primary == null && r.get(primaryFlag).trim().equalsIgnoreCase("YES")) {
        primary = r;
      } else {
        others.add(r);
      }
    }
    if (primary != null) {
      x.open("primaryIssuer");
      x.issuer(primary, 1);
      x.close("primaryIssuer");
    }
    if (!others.isEmpty() || !submission.get(SUB_OVER100ISSUERS).isEmpty()) {
      x.open("issuerList");
      int n = 2;
      for (Row r : others) {
        x.open("issuer");
        x.issuer(r, n++);
        x.close("issuer");
      }
      x.flag("over100IssuerFlag", s, submission, SUB_OVER100ISSUERS);
      x.close("issuerList");
    }
    x.open("relatedPersonsList");
    DataSetTable p = DataSetTable.RELATEDPERSONS;
    for (Row r : bySeq(persons, col(p, "RELATEDPERSON_SEQ_KEY"))) {
      x.open("relatedPersonInfo");
      x.open("relatedPersonName");
      x.leaf("firstName", p, r, col(p, "FIRSTNAME"));
      x.leaf("middleName", p, r, col(p, "MIDDLENAME"));
      x.leaf("lastName", p, r, col(p, "LASTNAME"));
      x.close("relatedPersonName");
      x.address("relatedPersonAddress", p, r);
      x.open("relatedPersonRelationshipList");
      for (String c : new String[] {"RELATIONSHIP_1", "RELATIONSHIP_2", "RELATIONSHIP_3"}) {
        x.leaf("relationship", p, r, col(p, c));
      }
      x.close("relatedPersonRelationshipList");
      x.leaf("relationshipClarification", p, r, col(p, "RELATIONSHIPCLARIFICATION"));
      x.close("relatedPersonInfo");
    }
    x.flag("over100PersonsFlag", s, submission, SUB_OVER100PERSONS);
    x.close("relatedPersonsList");
    if (offering != null) {
      x.offering(offering, recipients, signatures);
    }
    x.close("edgarSubmission");
    return x;
  }

  private void issuer(Row r, int n) {
    DataSetTable t = DataSetTable.ISSUERS;
    leaf("cik", t, r, col(t, "CIK"));
    leaf("entityName", t, r, col(t, "ENTITYNAME"));
    address("issuerAddress", t, r);
    leaf("issuerPhoneNumber", t, r, col(t, "ISSUERPHONENUMBER"));
    leaf("jurisdictionOfInc", t, r, col(t, "JURISDICTIONOFINC"));
    names("issuerPreviousNameList", r, n, "ISSUER_PREVIOUSNAME_");
    names("edgarPreviousNameList", r, n, "EDGAR_PREVIOUSNAME_");
    leaf("entityType", t, r, col(t, "ENTITYTYPE"));
    leaf("entityTypeOtherDesc", t, r, col(t, "ENTITYTYPEOTHERDESC"));
    int choice = col(t, "YEAROFINC_TIMESPAN_CHOICE");
    int value = col(t, "YEAROFINC_VALUE_ENTERED");
    if (!r.get(choice).isEmpty() || !r.get(value).isEmpty()) {
      open("yearOfInc");
      String kind = r.get(choice).trim();
      if (!kind.isEmpty()) {
        // The column names the chosen box (withinFiveYears, overFiveYears, yetToBeFormed): its element, true.
        xml.leaf(kind.matches("[A-Za-z]{1,40}") ? kind : "yearOfIncorporationChoice", "true", source(t, r, choice));
      }
      leaf("value", t, r, value);
      close("yearOfInc");
    }
  }

  /**
   * Up to three previous names; the data set writes EDGAR's {@code <value>None</value>} and no list alike, as nothing.
   */
  private void names(String list, Row r, int issuer, String prefix) {
    DataSetTable t = DataSetTable.ISSUERS;
    int[] columns = NAME_COLUMNS.get(prefix);
    boolean any = false;
    for (int column : columns) {
      any |= !r.get(column).isEmpty();
    }
    if (!any) {
      previousNamesUnknown = true;
      notes.add("issuer " + issuer + "'s " + list + ": not in the data set (it writes both EDGAR's \"None\" and an "
          + "absent list as empty columns " + prefix + "1 to 3)");
      return;
    }
    open(list);
    for (int column : columns) {
      leaf("previousName", t, r, column);
    }
    close(list);
  }

  private void address(String element, DataSetTable t, Row r) {
    open(element);
    int[] columns = ADDRESS_COLUMNS.get(t);
    for (int i = 0; i < columns.length; i++) {
      leaf(ADDRESS.get(i), t, r, columns[i]);
    }
    close(element);
  }

  private void offering(Row o, List<Row> recipients, List<Row> signatures) {
    DataSetTable t = DataSetTable.OFFERING;
    open("offeringData");
    open("industryGroup");
    leaf("industryGroupType", t, o, col(t, "INDUSTRYGROUPTYPE"));
    if (!o.get(col(t, "INVESTMENTFUNDTYPE")).isEmpty() || !o.get(col(t, "IS40ACT")).isEmpty()) {
      open("investmentFundInfo");
      leaf("investmentFundType", t, o, col(t, "INVESTMENTFUNDTYPE"));
      leaf("is40Act", t, o, col(t, "IS40ACT"));
      close("investmentFundInfo");
    }
    close("industryGroup");
    open("issuerSize");
    leaf("revenueRange", t, o, col(t, "REVENUERANGE"));
    leaf("aggregateNetAssetValueRange", t, o, col(t, "AGGREGATENETASSETVALUERANGE"));
    close("issuerSize");
    open("federalExemptionsExclusions");
    int exemptions = col(t, "FEDERALEXEMPTIONS_ITEMS_LIST");
    for (String item : list(o.get(exemptions))) {
      leaf("item", t, o, exemptions, item);
    }
    close("federalExemptionsExclusions");
    open("typeOfFiling");
    open("newOrAmendment");
    leaf("isAmendment", t, o, col(t, "ISAMENDMENT"));
    leaf("previousAccessionNumber", t, o, col(t, "PREVIOUSACCESSIONNUMBER"));
    close("newOrAmendment");
    open("dateOfFirstSale");
    leaf("value", t, o, col(t, "SALE_DATE"));
    flag("yetToOccur", t, o, col(t, "YETTOOCCUR"));
    close("dateOfFirstSale");
    close("typeOfFiling");
    open("durationOfOffering");
    leaf("moreThanOneYear", t, o, col(t, "MORETHANONEYEAR"));
    close("durationOfOffering");
    open("typesOfSecuritiesOffered");
    for (int k = 0; k < SECURITY_TYPES.size(); k++) {
      flag(SECURITY_TYPES.get(k), t, o, SECURITY_TYPE_COLUMNS[k]);
    }
    leaf("descriptionOfOtherType", t, o, col(t, "DESCRIPTIONOFOTHERTYPE"));
    close("typesOfSecuritiesOffered");
    open("businessCombinationTransaction");
    leaf("isBusinessCombinationTransaction", t, o, col(t, "ISBUSINESSCOMBINATIONTRANS"));
    leaf("clarificationOfResponse", t, o, col(t, "BUSCOMBCLARIFICATIONOFRESP"));
    close("businessCombinationTransaction");
    leaf("minimumInvestmentAccepted", t, o, col(t, "MINIMUMINVESTMENTACCEPTED"));
    open("salesCompensationList");
    DataSetTable rt = DataSetTable.RECIPIENTS;
    int n = 1;
    for (Row r : bySeq(recipients, col(rt, "RECIPIENT_SEQ_KEY"))) {
      recipient(r, n++);
    }
    flag("over100RecipientFlag", t, o, col(t, "OVER100RECIPIENTFLAG"));
    close("salesCompensationList");
    open("offeringSalesAmounts");
    leaf("totalOfferingAmount", t, o, col(t, "TOTALOFFERINGAMOUNT"));
    leaf("totalAmountSold", t, o, col(t, "TOTALAMOUNTSOLD"));
    leaf("totalRemaining", t, o, col(t, "TOTALREMAINING"));
    leaf("clarificationOfResponse", t, o, col(t, "SALESAMTCLARIFICATIONOFRESP"));
    close("offeringSalesAmounts");
    open("investors");
    leaf("hasNonAccreditedInvestors", t, o, col(t, "HASNONACCREDITEDINVESTORS"));
    leaf("numberNonAccreditedInvestors", t, o, col(t, "NUMBERNONACCREDITEDINVESTORS"));
    leaf("totalNumberAlreadyInvested", t, o, col(t, "TOTALNUMBERALREADYINVESTED"));
    close("investors");
    open("salesCommissionsFindersFees");
    amount("salesCommissions", o, "SALESCOMM_DOLLARAMOUNT", "SALESCOMM_ISESTIMATE");
    amount("findersFees", o, "FINDERSFEE_DOLLARAMOUNT", "FINDERSFEE_ISESTIMATE");
    leaf("clarificationOfResponse", t, o, col(t, "FINDERFEECLARIFICATIONOFRESP"));
    close("salesCommissionsFindersFees");
    open("useOfProceeds");
    amount("grossProceedsUsed", o, "GROSSPROCEEDSUSED_DOLLARAMOUNT", "GROSSPROCEEDSUSED_ISESTIMATE");
    leaf("clarificationOfResponse", t, o, col(t, "GROSSPROCEEDSUSED_CLAROFRESP"));
    close("useOfProceeds");
    open("signatureBlock");
    leaf("authorizedRepresentative", t, o, col(t, "AUTHORIZEDREPRESENTATIVE"));
    DataSetTable st = DataSetTable.SIGNATURES;
    for (Row r : bySeq(signatures, col(st, "SIGNATURE_SEQ_KEY"))) {
      open("signature");
      leaf("issuerName", st, r, col(st, "ISSUERNAME"));
      leaf("signatureName", st, r, col(st, "SIGNATURENAME"));
      leaf("nameOfSigner", st, r, col(st, "NAMEOFSIGNER"));
      leaf("signatureTitle", st, r, col(st, "SIGNATURETITLE"));
      leaf("signatureDate", st, r, col(st, "SIGNATUREDATE"));
      close("signature");
    }
    close("signatureBlock");
    close("offeringData");
  }

  private void amount(String element, Row o, String dollars, String estimate) {
    DataSetTable t = DataSetTable.OFFERING;
    open(element);
    leaf("dollarAmount", t, o, col(t, dollars));
    flag("isEstimate", t, o, col(t, estimate));
    close(element);
  }

  private void recipient(Row r, int n) {
    DataSetTable t = DataSetTable.RECIPIENTS;
    open("recipient");
    leaf("recipientName", t, r, col(t, "RECIPIENTNAME"));
    // EDGAR writes "None" for no CRD number or broker-dealer; an empty cell is kept empty, never read as None.
    kept("recipientCRDNumber", t, r, col(t, "RECIPIENTCRDNUMBER"));
    kept("associatedBDName", t, r, col(t, "ASSOCIATEDBDNAME"));
    kept("associatedBDCRDNumber", t, r, col(t, "ASSOCIATEDBDCRDNUMBER"));
    address("recipientAddress", t, r);
    int codes = col(t, "STATES_OR_VALUE_LIST");
    int names = col(t, "DESCRIPTIONS_LIST");
    List<String> states = list(r.get(codes));
    // The schema requires the list even when empty (a recipient who solicits in no state); so does the reader.
    open("statesOfSolicitationList");
    if (!states.isEmpty()) {
      if (states.size() == 1 && states.get(0).equalsIgnoreCase("All States")) {
        leaf("value", t, r, codes, states.get(0));
      } else {
        // Codes and names are each sorted on their own: a name goes with the code it names, not the one at its place.
        List<String> descriptions = new ArrayList<>(list(r.get(names)));
        for (String code : states) {
          leaf("state", t, r, codes, code);
          String name = nameOf(code);
          if (name != null && descriptions.remove(name)) {
            leaf("description", t, r, names, name);
          }
        }
        if (!descriptions.isEmpty()) {
          notes.add("recipient " + n + "'s states of solicitation: the names " + descriptions + " in DESCRIPTIONS_LIST "
              + "name none of the codes in STATES_OR_VALUE_LIST, so they are not read");
        }
        if (states.size() > 1) {
          notes.add("recipient " + n + "'s states of solicitation: their order in the filing is not in the data set "
              + "(it sorts them)");
        }
      }
    }
    close("statesOfSolicitationList");
    leaf("foreignSolicitation", t, r, col(t, "FOREIGNSOLICITATION"));
    close("recipient");
  }

  private static String nameOf(String code) {
    try {
      return SolicitationState.valueOf(code).label();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A list column: its items joined with ", " ("06b, 3C, 3C.1"). */
  private static List<String> list(String cell) {
    List<String> items = new ArrayList<>();
    if (cell.isBlank()) {
      return items;
    }
    for (String item : cell.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /** @return the rows by their SEQ_KEY, then by line: as given when they are in that order already, as most are */
  private static List<Row> bySeq(List<Row> rows, int seq) {
    int n = rows.size();
    if (n < 2) {
      return rows;
    }
    long[] keys = new long[n];
    boolean ordered = true;
    for (int i = 0; i < n; i++) {
      keys[i] = seqOf(rows.get(i).get(seq));
      ordered &= i == 0 || keys[i - 1] < keys[i] || keys[i - 1] == keys[i] && rows.get(i - 1).line() < rows.get(i)
          .line();
    }
    if (ordered) {
      return rows;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> keys[i]).thenComparingInt(i -> rows.get(i).line()));
    List<Row> sorted = new ArrayList<>(n);
    for (Integer i : order) {
      sorted.add(rows.get(i));
    }
    return sorted;
  }

  private static long seqOf(String key) {
    String k = key.trim();
    if (k.isEmpty() || k.length() > 18) {
      return Long.MAX_VALUE;
    }
    for (int i = 0; i < k.length(); i++) {
      if (!Character.isDigit(k.charAt(i))) {
        return Long.MAX_VALUE;
      }
    }
    return Long.parseLong(k);
  }

  private void open(String element) {
    xml.open(element);
  }

  private void close(String element) {
    xml.close(element);
  }

  /** @return the line's tag: its table (ordinal + 1), column and row's line, packed in a long; never 0 */
  private static long source(DataSetTable t, Row r, int column) {
    return (long) (t.ordinal() + 1) << 40 | (long) column << 32 | r.line() & 0xffffffffL;
  }

  private void leaf(String element, DataSetTable t, Row r, int column) {
    leaf(element, t, r, column, r.get(column));
  }

  private void leaf(String element, DataSetTable t, Row r, int column, String text) {
    if (text.isEmpty()) {
      return;
    }
    xml.leaf(element, text, source(t, r, column));
  }

  /** An element written even when its cell is empty: the model keeps it empty. */
  private void kept(String element, DataSetTable t, Row r, int column) {
    if (!r.get(column).isEmpty()) {
      leaf(element, t, r, column);
      return;
    }
    xml.leaf(element, "", source(t, r, column));
  }

  /** A checked box: the data sets write "true" (or YES), an unchecked one nothing. */
  private void flag(String element, DataSetTable t, Row r, int column) {
    String text = r.get(column).trim();
    if (text.isEmpty()) {
      return;
    }
    leaf(element, t, r, column, text.equalsIgnoreCase("YES") || text.equalsIgnoreCase("true") ? "true" : text);
  }
}
