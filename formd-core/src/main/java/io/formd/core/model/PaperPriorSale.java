package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of paper Part C question 3 (Rules 504 and 505 only): securities sold in the twelve months before
 * the first sale, by type of offering: "Type of Security" and "Dollar Amount Sold", as written.
 */
@Value.Immutable
public interface PaperPriorSale extends WithPaperPriorSale {

  /** @return "Type of Security", as written (one of the question 1 types, or {@code n/a}); empty if blank */
  @Value.Parameter
  Optional<String> typeOfSecurity();

  /** @return "Dollar Amount Sold" */
  @Value.Parameter
  StatedAmount dollarAmount();

  /**
   * @param typeOfSecurity the type as written, or empty
   * @param dollarAmount the amount cell
   * @return the row
   */
  static PaperPriorSale of(Optional<String> typeOfSecurity, StatedAmount dollarAmount) {
    return ImmutablePaperPriorSale.of(typeOfSecurity, dollarAmount);
  }
}
