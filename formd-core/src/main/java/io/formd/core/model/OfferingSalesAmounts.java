package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 13 offering and sales amounts: XSD complex type {@code OFFERING_SALES_AMOUNTS_TYPE} (element
 * {@code offeringSalesAmounts}). The total remaining is kept as stated, never recomputed, so that the rule
 * {@code D-ARITH-REMAINING} can catch a wrong one.
 */
@Value.Immutable
public interface OfferingSalesAmounts extends WithOfferingSalesAmounts {

  /** @return {@code totalOfferingAmount}: an amount or {@code Indefinite} */
  OfferingAmount totalOfferingAmount();

  /** @return {@code totalAmountSold} */
  UsdAmount totalAmountSold();

  /** @return {@code totalRemaining}, as stated: an amount or {@code Indefinite} */
  OfferingAmount totalRemaining();

  /** @return {@code clarificationOfResponse} */
  Optional<String> clarification();

  /**
   * Item 13 as a filer means it: the total remaining derived, {@code Indefinite} for an indefinite offering, else
   * the offering amount less the amount sold.
   *
   * @param totalOfferingAmount the total offering amount, or {@link OfferingAmount#INDEFINITE}
   * @param totalAmountSold the total amount sold
   * @return the amounts, with the total remaining derived
   * @throws IllegalArgumentException if more was sold than a definite offering amount: EDGAR accepts no such Item 13
   *     (technical specification v13 §3.3 m#8); build it with {@link #builder()} to hold what a filer wrote
   */
  static OfferingSalesAmounts of(OfferingAmount totalOfferingAmount, UsdAmount totalAmountSold) {
    OfferingAmount remaining = OfferingAmount.INDEFINITE;
    if (!totalOfferingAmount.isIndefinite()) {
      UsdAmount total = totalOfferingAmount.amount().orElseThrow();
      if (totalAmountSold.isGreaterThan(total)) {
        throw new IllegalArgumentException("the amount sold (" + totalAmountSold.format() + ") exceeds the offering "
            + "amount (" + total.format() + "): no total remaining can be derived");
      }
      remaining = OfferingAmount.of(UsdAmount.of(total.minus(totalAmountSold)));
    }
    return builder().totalOfferingAmount(totalOfferingAmount).totalAmountSold(totalAmountSold)
        .totalRemaining(remaining).build();
  }

  /**
   * @param totalOfferingAmount the total offering amount in whole dollars
   * @param totalAmountSold the total amount sold in whole dollars
   * @return the amounts, with the total remaining derived ({@link #of(OfferingAmount, UsdAmount)})
   */
  static OfferingSalesAmounts of(long totalOfferingAmount, long totalAmountSold) {
    return of(OfferingAmount.of(totalOfferingAmount), UsdAmount.of(totalAmountSold));
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link OfferingSalesAmounts} values. */
  final class Builder extends ImmutableOfferingSalesAmounts.Builder {}
}
