package io.formd.core.model;

/**
 * Item 5 issuer size as an aggregate net asset value range (pooled investment funds): XSD simple type
 * {@code AGGREGATE_NET_ASSET_VALUE_RANGE_TYPE}, element {@code issuerSize/aggregateNetAssetValueRange}.
 */
public enum NetAssetValueRange implements EdgarCode {
  /** {@code No Aggregate Net Asset Value}: No Aggregate Net Asset Value. */
  NO_AGGREGATE_NET_ASSET_VALUE("No Aggregate Net Asset Value", "No Aggregate Net Asset Value"),
  /** {@code $1 - $5,000,000}: $1 - $5,000,000. */
  UP_TO_5M("$1 - $5,000,000", "$1 - $5,000,000"),
  /** {@code $5,000,001 - $25,000,000}: $5,000,001 - $25,000,000. */
  FROM_5M_TO_25M("$5,000,001 - $25,000,000", "$5,000,001 - $25,000,000"),
  /** {@code $25,000,001 - $50,000,000}: $25,000,001 - $50,000,000. */
  FROM_25M_TO_50M("$25,000,001 - $50,000,000", "$25,000,001 - $50,000,000"),
  /** {@code $50,000,001 - $100,000,000}: $50,000,001 - $100,000,000. */
  FROM_50M_TO_100M("$50,000,001 - $100,000,000", "$50,000,001 - $100,000,000"),
  /** {@code Over $100,000,000}: Over $100,000,000. */
  OVER_100M("Over $100,000,000", "Over $100,000,000"),
  /** {@code Decline to Disclose}: Decline to Disclose. */
  DECLINE_TO_DISCLOSE("Decline to Disclose", "Decline to Disclose"),
  /** {@code Not Applicable}: Not Applicable. */
  NOT_APPLICABLE("Not Applicable", "Not Applicable");

  private static final Codes<NetAssetValueRange> CODES = Codes.of("AGGREGATE_NET_ASSET_VALUE_RANGE_TYPE", values());

  private final String code;
  private final String label;

  NetAssetValueRange(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static NetAssetValueRange fromEdgar(String code) {
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
