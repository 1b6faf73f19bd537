package io.formd.core.model;

import org.immutables.value.Value;

/**
 * A paper-form dollar cell with the estimate box to its left: Part C question 4.a expense lines and question 5
 * use-of-proceeds cells ("If the amount of an expenditure is not known, furnish an estimate and check the box
 * to the left of the estimate").
 */
@Value.Immutable
public interface MarkedAmount extends WithMarkedAmount {

  /** @return the estimate box */
  @Value.Parameter
  Mark estimate();

  /** @return the amount, as stated */
  @Value.Parameter
  StatedAmount amount();

  /**
   * @param estimate the estimate box
   * @param amount the amount as stated
   * @return the cell
   */
  static MarkedAmount of(Mark estimate, StatedAmount amount) {
    return ImmutableMarkedAmount.of(estimate, amount);
  }
}
