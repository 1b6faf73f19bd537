package io.formd.json.datasets;

import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The six tables written from filings as the SEC flattens them: each filing's published EDGAR XML (as
 * {@code FormDXml} writes it) taken apart element by element, the exact inverse of how {@link FormDDataSets} reads a
 * quarter. The SEC's conventions are kept: RFC 4180 quoting with a tab, FILE_NUM right-padded to 25, FILING_DATE
 * DD-MON-YYYY, unchecked boxes empty, SEQ_KEYs 101, 102, ... (recipients 101, 202, 303, ...), states of
 * solicitation and their names each sorted, tabs and line breaks inside a value written as spaces. What the tables
 * cannot hold (a fourth previous name or relationship, a line break) is listed in {@link #lost()}, never dropped
 * without a word.
 */
public final class DataSetWriter {

  private static final DateTimeFormatter FILING_DATE = DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);

  private final Map<DataSetTable, StringBuilder> tables = new EnumMap<>(DataSetTable.class);
  private final List<String> lost = new ArrayList<>();
  private final DocumentBuilder parser;
  private int filings;

  /** A writer with every table's header and no rows. */
  public DataSetWriter() {
    for (DataSetTable table : DataSetTable.values()) {
      StringBuilder text = new StringBuilder(1 << 16);
      text.append(String.join("\t", table.columns())).append('\n');
      tables.put(table, text);
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      parser = factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /**
   * @param filing a filing with its accession number, file number and filing date
   * @return this writer
   * @throws IllegalArgumentException if the filing cannot be written as EDGAR XML (a paper-only answer)
   */
  public DataSetWriter add(DataSetFiling filing) {
    ElectronicFormD form = filing.filing();
    Element root;
    try {
      root = parser.parse(new ByteArrayInputStream(FormDXml.write(form).getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("formd's own XML could not be read back: " + e.getMessage(), e);
    }
    String accession = filing.accessionNumber();
    filings++;
    row(DataSetTable.FORMDSUBMISSION, accession, pad(filing.fileNumber().orElse("")),
        filing.filingDate().map(d -> d.format(FILING_DATE).toUpperCase(Locale.ROOT)).orElse(""),
        filing.sicCode().orElse(""), text(root, "schemaVersion"), text(root, "submissionType"),
        text(root, "testOrLive"), text(root, "relatedPersonsList/over100PersonsFlag"),
        text(root, "issuerList/over100IssuerFlag"));
    List<Element> issuers = new ArrayList<>(children(root, "primaryIssuer"));
    Element list = child(root, "issuerList");
    if (list != null) {
      issuers.addAll(children(list, "issuer"));
    }
    for (int i = 0; i < issuers.size(); i++) {
      Element issuer = issuers.get(i);
      List<String> cells = new ArrayList<>(List.of(accession, i == 0 ? "YES" : "NO", String.valueOf(101 + i),
          text(issuer, "cik"), text(issuer, "entityName")));
      address(cells, child(issuer, "issuerAddress"));
      cells.add(text(issuer, "issuerPhoneNumber"));
      cells.add(text(issuer, "jurisdictionOfInc"));
      names(cells, child(issuer, "issuerPreviousNameList"), accession, "issuer " + (i + 1) + "'s previous names");
      names(cells, child(issuer, "edgarPreviousNameList"), accession, "issuer " + (i + 1) + "'s EDGAR previous names");
      cells.add(text(issuer, "entityType"));
      cells.add(text(issuer, "entityTypeOtherDesc"));
      Element year = child(issuer, "yearOfInc");
      String choice = "";
      for (Element e : year == null ? List.<Element>of() : children(year, null)) {
        if (!e.getTagName().equals("value") && "true".equals(e.getTextContent().trim())) {
          choice = e.getTagName();
        }
      }
      cells.add(choice);
      cells.add(year == null ? "" : text(year, "value"));
      row(DataSetTable.ISSUERS, cells);
    }
    Element o = child(root, "offeringData");
    if (o != null) {
      offering(accession, o);
    }
    Element persons = child(root, "relatedPersonsList");
    List<Element> people = persons == null ? List.of() : children(persons, "relatedPersonInfo");
    for (int i = 0; i < people.size(); i++) {
      Element p = people.get(i);
      Element name = child(p, "relatedPersonName");
      List<String> cells = new ArrayList<>(List.of(accession, String.valueOf(101 + i), text(name, "firstName"),
          text(name, "middleName"), text(name, "lastName")));
      address(cells, child(p, "relatedPersonAddress"));
      Element relationships = child(p, "relatedPersonRelationshipList");
      List<String> values = new ArrayList<>();
      for (Element r : relationships == null ? List.<Element>of() : children(relationships, "relationship")) {
        values.add(r.getTextContent());
      }
      three(cells, values, accession, "related person " + (i + 1) + "'s relationships");
      cells.add(text(p, "relationshipClarification"));
      row(DataSetTable.RELATEDPERSONS, cells);
    }
    Element block = o == null ? null : child(o, "signatureBlock");
    List<Element> signatures = block == null ? List.of() : children(block, "signature");
    for (int i = 0; i < signatures.size(); i++) {
      Element s = signatures.get(i);
      row(DataSetTable.SIGNATURES, accession, String.valueOf(101 + i), text(s, "issuerName"),
          text(s, "signatureName"), text(s, "nameOfSigner"), text(s, "signatureTitle"), text(s, "signatureDate"));
    }
    return this;
  }

  private void offering(String accession, Element o) {
    Element fund = child(child(o, "industryGroup"), "investmentFundInfo");
    Element filing = child(o, "typeOfFiling");
    Element types = child(o, "typesOfSecuritiesOffered");
    List<String> exemptions = new ArrayList<>();
    Element fed = child(o, "federalExemptionsExclusions");
    for (Element item : fed == null ? List.<Element>of() : children(fed, "item")) {
      exemptions.add(item.getTextContent());
    }
    List<String> cells = new ArrayList<>(List.of(accession, text(o, "industryGroup/industryGroupType"),
        fund == null ? "" : text(fund, "investmentFundType"), fund == null ? "" : text(fund, "is40Act"),
        text(o, "issuerSize/revenueRange"), text(o, "issuerSize/aggregateNetAssetValueRange"),
        String.join(", ", exemptions), text(filing, "newOrAmendment/isAmendment"),
        text(filing, "newOrAmendment/previousAccessionNumber"), text(filing, "dateOfFirstSale/value"),
        text(filing, "dateOfFirstSale/yetToOccur"), text(o, "durationOfOffering/moreThanOneYear")));
    for (String type : FilingXml.SECURITY_TYPES) {
      cells.add(text(types, type));
    }
    cells.add(text(types, "descriptionOfOtherType"));
    cells.addAll(List.of(text(o, "businessCombinationTransaction/isBusinessCombinationTransaction"),
        text(o, "businessCombinationTransaction/clarificationOfResponse"), text(o, "minimumInvestmentAccepted"),
        text(o, "salesCompensationList/over100RecipientFlag"), text(o, "offeringSalesAmounts/totalOfferingAmount"),
        text(o, "offeringSalesAmounts/totalAmountSold"), text(o, "offeringSalesAmounts/totalRemaining"),
        text(o, "offeringSalesAmounts/clarificationOfResponse"), text(o, "investors/hasNonAccreditedInvestors"),
        text(o, "investors/numberNonAccreditedInvestors"), text(o, "investors/totalNumberAlreadyInvested"),
        text(o, "salesCommissionsFindersFees/salesCommissions/dollarAmount"),
        text(o, "salesCommissionsFindersFees/salesCommissions/isEstimate"),
        text(o, "salesCommissionsFindersFees/findersFees/dollarAmount"),
        text(o, "salesCommissionsFindersFees/findersFees/isEstimate"),
        text(o, "salesCommissionsFindersFees/clarificationOfResponse"),
        text(o, "useOfProceeds/grossProceedsUsed/dollarAmount"), text(o, "useOfProceeds/grossProceedsUsed/isEstimate"),
        text(o, "useOfProceeds/clarificationOfResponse"), text(o, "signatureBlock/authorizedRepresentative")));
    row(DataSetTable.OFFERING, cells);
    Element recipients = child(o, "salesCompensationList");
    List<Element> each = recipients == null ? List.of() : children(recipients, "recipient");
    for (int i = 0; i < each.size(); i++) {
      Element r = each.get(i);
      List<String> row = new ArrayList<>(List.of(accession, String.valueOf(101 * (i + 1)), text(r, "recipientName"),
          text(r, "recipientCRDNumber"), text(r, "associatedBDName"), text(r, "associatedBDCRDNumber")));
      address(row, child(r, "recipientAddress"));
      Element states = child(r, "statesOfSolicitationList");
      List<String> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Element e : states == null ? List.<Element>of() : children(states, null)) {
        (e.getTagName().equals("description") ? names : codes).add(e.getTextContent());
      }
      if (codes.size() == 1 && codes.get(0).equals("All States")) {
        names = new ArrayList<>(List.of("All States"));
      }
      Collections.sort(codes);
      Collections.sort(names);
      row.add(String.join(", ", codes));
      row.add(String.join(", ", names));
      row.add(text(r, "foreignSolicitation"));
      row(DataSetTable.RECIPIENTS, row);
    }
  }

  private void address(List<String> cells, Element address) {
    for (String part : FilingXml.ADDRESS) {
      cells.add(address == null ? "" : text(address, part));
    }
  }

  /** Up to three previous names; EDGAR's "None" is written as nothing, as the SEC does. */
  private void names(List<String> cells, Element list, String accession, String what) {
    List<String> values = new ArrayList<>();
    for (Element e : list == null ? List.<Element>of() : children(list, "previousName")) {
      values.add(e.getTextContent());
    }
    three(cells, values, accession, what);
  }

  private void three(List<String> cells, List<String> values, String accession, String what) {
    for (int k = 0; k < 3; k++) {
      cells.add(k < values.size() ? values.get(k) : "");
    }
    if (values.size() > 3) {
      lost.add(accession + ": " + what + ": the tables hold three; " + values.subList(3, values.size())
          + " not written");
    }
  }

  private static String pad(String fileNumber) {
    StringBuilder padded = new StringBuilder(fileNumber);
    while (padded.length() < 25) {
      padded.append(' ');
    }
    return padded.toString();
  }

  private void row(DataSetTable table, String... cells) {
    row(table, List.of(cells));
  }

  private void row(DataSetTable table, List<String> cells) {
    StringBuilder text = tables.get(table);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append('\t');
      }
      String cell = cells.get(i);
      if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        lost.add(cells.get(0) + ": " + table.fileName() + " column " + table.columns().get(i) + ": a tab or line "
            + "break, written as a space (the SEC's tables hold none)");
        cell = cell.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
      }
      if (cell.indexOf('"') >= 0) {
        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        text.append(cell);
      }
    }
    text.append('\n');
  }

  /** @return each table's text (header and rows), as the SEC's {@code .tsv} files hold it */
  public Map<DataSetTable, String> tables() {
    Map<DataSetTable, String> out = new EnumMap<>(DataSetTable.class);
    tables.forEach((t, text) -> out.put(t, text.toString()));
    return out;
  }

  /**
   * Writes the six tables as one ZIP, as the SEC ships a quarter: {@code FOLDER/FORMDSUBMISSION.tsv} and the others.
   *
   * @param out where the ZIP goes (not closed)
   * @param folder the folder inside, e.g. {@code 2025Q2_d}
   * @throws IOException when the stream cannot be written
   */
  public void writeZip(OutputStream out, String folder) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (DataSetTable table : DataSetTable.values()) {
      zip.putNextEntry(new ZipEntry(folder + "/" + table.fileName()));
      zip.write(tables.get(table).toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }

  /** @return the number of filings added */
  public int size() {
    return filings;
  }

  /** @return what the tables could not hold, a sentence each (empty when nothing was lost) */
  public List<String> lost() {
    return List.copyOf(lost);
  }

  private static Element child(Element parent, String path) {
    Element at = parent;
    for (String name : path.split("/")) {
      if (at == null) {
        return null;
      }
      Element found = null;
      for (Node n = at.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
          found = (Element) n;
          break;
        }
      }
      at = found;
    }
    return at;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && (name == null || ((Element) n).getTagName().equals(name))) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String text(Element parent, String path) {
    Element e = parent == null ? null : child(parent, path);
    return e == null ? "" : e.getTextContent();
  }
}
