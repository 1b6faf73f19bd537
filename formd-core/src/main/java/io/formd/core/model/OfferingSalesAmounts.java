package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 13 offering and sales amounts: XSD complex type {@code OFFERING_SALES_AMOUNTS_TYPE} (element
 * {@code offeringSalesAmounts}). The total remaining is kept as stated, never recomputed, so that the rule
 * {@code D-ARITH-REMAINING} can catch a wrong one.
 */
@Value.Immutable
public interface OfferingSalesAmounts {

  /** @return {@code totalOfferingAmount}: an amount or {@code Indefinite} */
  OfferingAmount totalOfferingAmount();

  /** @return {@code totalAmountSold} */
  UsdAmount totalAmountSold();

  /** @return {@code totalRemaining}, as stated: an amount or {@code Indefinite} */
  OfferingAmount totalRemaining();

  /** @return {@code clarificationOfResponse} */
  Optional<String> clarification();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OfferingSalesAmounts} values. */
  final class Builder extends ImmutableOfferingSalesAmounts.Builder {}
}
