package io.formd.json.datasets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The six tables of the SEC's Form D data sets, each with its columns in the order the SEC publishes them (the
 * quarterly ZIP's {@code FormD_readme.html}, and the tables as published: FORMDSUBMISSION also has SCHEMAVERSION and
 * TESTORLIVE, which the readme does not list).
 */
public enum DataSetTable {
  /** One row a filing, keyed by ACCESSIONNUMBER. */
  FORMDSUBMISSION("ACCESSIONNUMBER", "FILE_NUM", "FILING_DATE", "SIC_CODE", "SCHEMAVERSION", "SUBMISSIONTYPE",
      "TESTORLIVE", "OVER100PERSONSFLAG", "OVER100ISSUERFLAG"),
  /** One row an issuer (primary and co-issuers), keyed by ACCESSIONNUMBER and ISSUER_SEQ_KEY. */
  ISSUERS("ACCESSIONNUMBER", "IS_PRIMARYISSUER_FLAG", "ISSUER_SEQ_KEY", "CIK", "ENTITYNAME", "STREET1", "STREET2",
      "CITY", "STATEORCOUNTRY", "STATEORCOUNTRYDESCRIPTION", "ZIPCODE", "ISSUERPHONENUMBER", "JURISDICTIONOFINC",
      "ISSUER_PREVIOUSNAME_1", "ISSUER_PREVIOUSNAME_2", "ISSUER_PREVIOUSNAME_3", "EDGAR_PREVIOUSNAME_1",
      "EDGAR_PREVIOUSNAME_2", "EDGAR_PREVIOUSNAME_3", "ENTITYTYPE", "ENTITYTYPEOTHERDESC",
      "YEAROFINC_TIMESPAN_CHOICE", "YEAROFINC_VALUE_ENTERED"),
  /** One row a filing: Items 4 to 16 and the signature block's authorized-representative box. */
  OFFERING("ACCESSIONNUMBER", "INDUSTRYGROUPTYPE", "INVESTMENTFUNDTYPE", "IS40ACT", "REVENUERANGE",
      "AGGREGATENETASSETVALUERANGE", "FEDERALEXEMPTIONS_ITEMS_LIST", "ISAMENDMENT", "PREVIOUSACCESSIONNUMBER",
      "SALE_DATE", "YETTOOCCUR", "MORETHANONEYEAR", "ISEQUITYTYPE", "ISDEBTTYPE", "ISOPTIONTOACQUIRETYPE",
      "ISSECURITYTOBEACQUIREDTYPE", "ISPOOLEDINVESTMENTFUNDTYPE", "ISTENANTINCOMMONTYPE", "ISMINERALPROPERTYTYPE",
      "ISOTHERTYPE", "DESCRIPTIONOFOTHERTYPE", "ISBUSINESSCOMBINATIONTRANS", "BUSCOMBCLARIFICATIONOFRESP",
      "MINIMUMINVESTMENTACCEPTED", "OVER100RECIPIENTFLAG", "TOTALOFFERINGAMOUNT", "TOTALAMOUNTSOLD",
      "TOTALREMAINING", "SALESAMTCLARIFICATIONOFRESP", "HASNONACCREDITEDINVESTORS", "NUMBERNONACCREDITEDINVESTORS",
      "TOTALNUMBERALREADYINVESTED", "SALESCOMM_DOLLARAMOUNT", "SALESCOMM_ISESTIMATE", "FINDERSFEE_DOLLARAMOUNT",
      "FINDERSFEE_ISESTIMATE", "FINDERFEECLARIFICATIONOFRESP", "GROSSPROCEEDSUSED_DOLLARAMOUNT",
      "GROSSPROCEEDSUSED_ISESTIMATE", "GROSSPROCEEDSUSED_CLAROFRESP", "AUTHORIZEDREPRESENTATIVE"),
  /** One row a sales compensation recipient (Item 12), keyed by ACCESSIONNUMBER and RECIPIENT_SEQ_KEY. */
  RECIPIENTS("ACCESSIONNUMBER", "RECIPIENT_SEQ_KEY", "RECIPIENTNAME", "RECIPIENTCRDNUMBER", "ASSOCIATEDBDNAME",
      "ASSOCIATEDBDCRDNUMBER", "STREET1", "STREET2", "CITY", "STATEORCOUNTRY", "STATEORCOUNTRYDESCRIPTION", "ZIPCODE",
      "STATES_OR_VALUE_LIST", "DESCRIPTIONS_LIST", "FOREIGNSOLICITATION"),
  /** One row a related person (Item 3), keyed by ACCESSIONNUMBER and RELATEDPERSON_SEQ_KEY. */
  RELATEDPERSONS("ACCESSIONNUMBER", "RELATEDPERSON_SEQ_KEY", "FIRSTNAME", "MIDDLENAME", "LASTNAME", "STREET1",
      "STREET2", "CITY", "STATEORCOUNTRY", "STATEORCOUNTRYDESCRIPTION", "ZIPCODE", "RELATIONSHIP_1",
      "RELATIONSHIP_2", "RELATIONSHIP_3", "RELATIONSHIPCLARIFICATION"),
  /** One row a signature, keyed by ACCESSIONNUMBER and SIGNATURE_SEQ_KEY. */
  SIGNATURES("ACCESSIONNUMBER", "SIGNATURE_SEQ_KEY", "ISSUERNAME", "SIGNATURENAME", "NAMEOFSIGNER", "SIGNATURETITLE",
      "SIGNATUREDATE");

  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @return the columns the SEC's readme does not list (FORMDSUBMISSION's SCHEMAVERSION and TESTORLIVE): a quarter
   *     of an earlier layout may lack them, and they are then read as empty
   */
  List<String> undocumented() {
    return this == FORMDSUBMISSION ? List.of("SCHEMAVERSION", "TESTORLIVE") : List.of();
  }

  DataSetTable(String... columns) {
    this.columns = List.of(columns);
    for (int i = 0; i < columns.length; i++) {
      index.put(columns[i], i);
    }
  }

  /**
   * @param column a column's name
   * @return its place in {@link #columns()}
   * @throws IllegalArgumentException if the table has no such column
   */
  int column(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(this + " has no column " + column);
    }
    return i;
  }

  /** @return the table's file name in the quarter's ZIP, e.g. {@code ISSUERS.tsv} */
  public String fileName() {
    return name() + ".tsv";
  }

  /** @return its columns, in the SEC's order */
  public List<String> columns() {
    return columns;
  }
}
