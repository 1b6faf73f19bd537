package io.formd.core.model;

import org.immutables.value.Value;

/**
 * A dollar amount with its "estimate" box: XSD complex type {@code AMOUNT_ESTIMATE_TYPE} ({@code dollarAmount}
 * and {@code isEstimate}), used by Items 15 and 16.
 */
@Value.Immutable
public interface EstimatedAmount extends WithEstimatedAmount {

  /** @return {@code dollarAmount} */
  @Value.Parameter
  UsdAmount amount();

  /** @return {@code isEstimate}: the amount is an estimate */
  @Value.Parameter
  boolean estimate();

  /**
   * @param dollars whole dollars
   * @return an amount that is not an estimate
   */
  static EstimatedAmount of(long dollars) {
    return ImmutableEstimatedAmount.of(UsdAmount.of(dollars), false);
  }

  /**
   * @param amount the amount
   * @param estimate whether it is an estimate
   * @return the amount
   */
  static EstimatedAmount of(UsdAmount amount, boolean estimate) {
    return ImmutableEstimatedAmount.of(amount, estimate);
  }
}
