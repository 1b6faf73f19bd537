package io.formd.core.model;

/**
 * Item 4 type of pooled investment fund: XSD simple type {@code INVESTMENT_FUND_LIST}, element
 * {@code investmentFundInfo/investmentFundType}. Only with {@link IndustryGroup#POOLED_INVESTMENT_FUND}.
 */
public enum InvestmentFundType implements EdgarCode {
  /** {@code Hedge Fund}: Hedge Fund. */
  HEDGE_FUND("Hedge Fund", "Hedge Fund"),
  /** {@code Private Equity Fund}: Private Equity Fund. */
  PRIVATE_EQUITY_FUND("Private Equity Fund", "Private Equity Fund"),
  /** {@code Venture Capital Fund}: Venture Capital Fund. */
  VENTURE_CAPITAL_FUND("Venture Capital Fund", "Venture Capital Fund"),
  /** {@code Other Investment Fund}: Other Investment Fund. */
  OTHER_INVESTMENT_FUND("Other Investment Fund", "Other Investment Fund");

  private static final Codes<InvestmentFundType> CODES = Codes.of("INVESTMENT_FUND_LIST", values());

  private final String code;
  private final String label;

  InvestmentFundType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static InvestmentFundType fromEdgar(String code) {
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
