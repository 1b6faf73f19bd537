package io.formd.core.model;

/**
 * Item 5 issuer size as a revenue range: XSD simple type {@code REVENUE_RANGE_TYPE}, element
 * {@code issuerSize/revenueRange}.
 */
public enum RevenueRange implements EdgarCode {
  /** {@code No Revenues}: No Revenues. */
  NO_REVENUES("No Revenues", "No Revenues"),
  /** {@code $1 - $1,000,000}: $1 - $1,000,000. */
  UP_TO_1M("$1 - $1,000,000", "$1 - $1,000,000"),
  /** {@code $1,000,001 - $5,000,000}: $1,000,001 - $5,000,000. */
  FROM_1M_TO_5M("$1,000,001 - $5,000,000", "$1,000,001 - $5,000,000"),
  /** {@code $5,000,001 - $25,000,000}: $5,000,001 - $25,000,000. */
  FROM_5M_TO_25M("$5,000,001 - $25,000,000", "$5,000,001 - $25,000,000"),
  /** {@code $25,000,001 - $100,000,000}: $25,000,001 - $100,000,000. */
  FROM_25M_TO_100M("$25,000,001 - $100,000,000", "$25,000,001 - $100,000,000"),
  /** {@code Over $100,000,000}: Over $100,000,000. */
  OVER_100M("Over $100,000,000", "Over $100,000,000"),
  /** {@code Decline to Disclose}: Decline to Disclose. */
  DECLINE_TO_DISCLOSE("Decline to Disclose", "Decline to Disclose"),
  /** {@code Not Applicable}: Not Applicable. */
  NOT_APPLICABLE("Not Applicable", "Not Applicable");

  private static final Codes<RevenueRange> CODES = Codes.of("REVENUE_RANGE_TYPE", values());

  private final String code;
  private final String label;

  RevenueRange(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static RevenueRange fromEdgar(String code) {
    return CODES.lookup(code);
  }

  @Override
  public String edgarCode() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
