package io.formd.core.model;

import org.immutables.value.Value;

/**
 * One row of paper Part C question 2: a number of investors and the aggregate dollar amount of their
 * purchases, both as stated.
 */
@Value.Immutable
public interface PaperInvestorLine extends WithPaperInvestorLine {

  /** @return "Number Investors" */
  @Value.Parameter
  StatedCount number();

  /** @return "Aggregate Dollar Amount of Purchases" */
  @Value.Parameter
  StatedAmount dollarAmount();

  /**
   * @param number the count cell
   * @param dollarAmount the amount cell
   * @return the row
   */
  static PaperInvestorLine of(StatedCount number, StatedAmount dollarAmount) {
    return ImmutablePaperInvestorLine.of(number, dollarAmount);
  }
}
