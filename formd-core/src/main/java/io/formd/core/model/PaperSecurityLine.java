package io.formd.core.model;

import org.immutables.value.Value;

/**
 * One row of paper Part C question 1: a type of security with its aggregate offering price and the amount
 * already sold, both as stated.
 */
@Value.Immutable
public interface PaperSecurityLine extends WithPaperSecurityLine {

  /** @return "Aggregate Offering Price" */
  @Value.Parameter
  StatedAmount aggregateOfferingPrice();

  /** @return "Amount Already Sold" */
  @Value.Parameter
  StatedAmount amountAlreadySold();

  /**
   * @param aggregateOfferingPrice the offering price cell
   * @param amountAlreadySold the amount sold cell
   * @return the row
   */
  static PaperSecurityLine of(StatedAmount aggregateOfferingPrice, StatedAmount amountAlreadySold) {
    return ImmutablePaperSecurityLine.of(aggregateOfferingPrice, amountAlreadySold);
  }
}
