package io.formd.core.fields;

/**
 * Whether a filer must, may or must not send an element: the codes of the EDGAR Form D XML Technical
 * Specification (version 13, March 2025) §3.3, as its §3.4 table gives them for submission types D and D/A.
 */
public enum Applicability {
  /** {@code m}: mandatory. */
  M("m", "mandatory"),
  /** {@code m#}: mandatory if its parent element is included; cannot be included without it. */
  M_PARENT("m#", "mandatory if its parent element is included"),
  /** {@code m#1}: mandatory if specific values are provided for other elements. */
  M1("m#1", "mandatory if specific values are provided for other elements"),
  /** {@code m#2}: required for correct processing of the submission type. */
  M2("m#2", "required for correct processing of the submission type"),
  /** {@code m#3}: the year {@code value} is mandatory if {@code withinFiveYears} is true. */
  M3("m#3", "mandatory if <withinFiveYears> under <yearOfInc> is true"),
  /** {@code m#4}: {@code investmentFundInfo} is mandatory if pooled investment fund interests are offered. */
  M4("m#4", "if <isPooledInvestmentFundType> is true, <investmentFundInfo> becomes mandatory"),
  /** {@code m#5}: hedge and other investment funds give a net asset value range, other issuers a revenue range. */
  M5("m#5", "<aggregateNetAssetValueRange> if the fund type is Hedge Fund or Other Investment Fund, else "
      + "<revenueRange>"),
  /** {@code m#6}: mandatory if {@code entityType} is Other. */
  M6("m#6", "mandatory if <entityType> is Other"),
  /** {@code m#7}: previous names, or the value None. */
  M7("m#7", "the list of previous names must be provided or a value of None given"),
  /** {@code m#8}: total remaining equals total offering amount less total amount sold. */
  M8("m#8", "totalRemaining must equal totalOfferingAmount - totalAmountSold"),
  /** {@code m#9}: one of the provided choices is mandatory. */
  M9("m#9", "one of the provided choices is mandatory"),
  /** {@code m#10}: one or more of the provided choices must be supplied. */
  M10("m#10", "one or more of the provided choices must be supplied"),
  /** {@code m#11}: the tag is mandatory but may be empty. */
  M11("m#11", "the tag is mandatory but may not have any value contained in it"),
  /** {@code m#12}: if this child element has data, all of its siblings must have data. */
  M12("m#12", "if this child element has data, all of the children elements must have data"),
  /** {@code o}: optional. */
  O("o", "optional"),
  /** {@code o#1}: optional, but choosing the topmost choice makes one of the choices below mandatory. */
  O1("o#1", "optional, but if the top-most choice is chosen one from the choice list below is mandatory"),
  /**
   * {@code o#2}: optional in the schema, mandatory on input; EDGAR removes it from the disseminated document
   * ({@code ccc}, {@code contactData}).
   */
  O2("o#2", "optional in the schema but mandatory for input processing; removed from the disseminated document"),
  /** {@code o#3}: should not be sent; EDGAR fills it from the state of incorporation on file. */
  O3("o#3", "should not be included in the submission; EDGAR replaces it with the value on file"),
  /** {@code o#4}: no value should be provided; EDGAR fills it from its database. */
  O4("o#4", "no value should be provided; EDGAR pulls it from data on file"),
  /** {@code NA}: does not apply; EDGAR uses it for server-side processing. */
  NA("NA", "does not apply; do not provide a value"),
  /** Blank: does not apply to the submission type. */
  BLANK("", "does not apply to the submission type");

  private final String code;
  private final String meaning;

  Applicability(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** @return the code as §3.4 prints it ({@code m}, {@code m#7}, {@code o#2}, {@code NA}) */
  public String code() {
    return code;
  }

  /** @return what §3.3 says the code means */
  public String meaning() {
    return meaning;
  }

  /** @return true for {@code m} and every {@code m#} code: mandatory at least under a condition */
  public boolean mandatory() {
    return code.startsWith("m");
  }

  /** @return true where a filer should not send a value ({@code o#3}, {@code o#4}, {@code NA}) */
  public boolean filerMustNotSend() {
    return this == O3 || this == O4 || this == NA;
  }
}
