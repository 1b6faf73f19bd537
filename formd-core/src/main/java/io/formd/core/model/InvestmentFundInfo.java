package io.formd.core.model;

import org.immutables.value.Value;

/**
 * Item 4 pooled-fund details: XSD complex type {@code INVESTMENT_FUND_TYPE} (element
 * {@code industryGroup/investmentFundInfo}), given with {@link IndustryGroup#POOLED_INVESTMENT_FUND}.
 */
@Value.Immutable
public interface InvestmentFundInfo extends WithInvestmentFundInfo {

  /** @return {@code investmentFundType} */
  @Value.Parameter
  InvestmentFundType fundType();

  /**
   * @return {@code is40Act}: "Is the issuer registered as an investment company under the Investment
   *     Company Act of 1940?"
   */
  @Value.Parameter
  boolean registeredUnder40Act();

  /**
   * @param fundType the type of fund
   * @param registeredUnder40Act the 1940 Act answer
   * @return the details
   */
  static InvestmentFundInfo of(InvestmentFundType fundType, boolean registeredUnder40Act) {
    return ImmutableInvestmentFundInfo.of(fundType, registeredUnder40Act);
  }
}
