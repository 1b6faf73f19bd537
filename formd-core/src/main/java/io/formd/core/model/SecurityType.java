package io.formd.core.model;

/**
 * Item 9 types of securities offered: the flags of XSD complex type {@code SECURITIES_OFFERED_TYPE}
 * ({@code typesOfSecuritiesOffered}), in schema order. The EDGAR code of each is its flag element's name,
 * written {@code <isEquityType>true</isEquityType>} when set and omitted otherwise.
 */
public enum SecurityType implements EdgarCode {
  /** {@code isEquityType}: Equity. */
  EQUITY("isEquityType", "Equity"),
  /** {@code isDebtType}: Debt. */
  DEBT("isDebtType", "Debt"),
  /** {@code isOptionToAcquireType}: Option, Warrant or Other Right to Acquire Another Security. */
  OPTION_TO_ACQUIRE("isOptionToAcquireType", "Option, Warrant or Other Right to Acquire Another Security"),
  /**
   * {@code isSecurityToBeAcquiredType}: Security to be Acquired Upon Exercise of Option, Warrant or Other Right to
   * Acquire Security.
   */
  SECURITY_TO_BE_ACQUIRED("isSecurityToBeAcquiredType", "Security to be Acquired Upon Exercise of Option, Warrant or "
      + "Other Right to Acquire Security"),
  /** {@code isPooledInvestmentFundType}: Pooled Investment Fund Interests. */
  POOLED_INVESTMENT_FUND_INTERESTS("isPooledInvestmentFundType", "Pooled Investment Fund Interests"),
  /** {@code isTenantInCommonType}: Tenant-in-Common Securities. */
  TENANT_IN_COMMON("isTenantInCommonType", "Tenant-in-Common Securities"),
  /** {@code isMineralPropertyType}: Mineral Property Securities. */
  MINERAL_PROPERTY("isMineralPropertyType", "Mineral Property Securities"),
  /** {@code isOtherType}: Other. */
  OTHER("isOtherType", "Other");

  private static final Codes<SecurityType> CODES = Codes.of("SECURITIES_OFFERED_TYPE", values());

  private final String code;
  private final String label;

  SecurityType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static SecurityType fromEdgar(String code) {
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
