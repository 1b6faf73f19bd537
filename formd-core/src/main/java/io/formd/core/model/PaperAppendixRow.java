package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One state's row of the paper form's ULOE appendix (the paper Form D, OMB 3235-0076). Columns 2–4 are
 * confirmed by the form's cross-references; column 5 and the exact headings are tagged [M] there.
 */
@Value.Immutable
public interface PaperAppendixRow extends WithPaperAppendixRow {

  /** @return column 1: the state */
  SolicitationState state();

  /** @return column 2: intends to sell to non-accredited investors in the state (Part B question 1) */
  Recorded<Boolean> nonAccreditedSales();

  /** @return column 3: type of security offered in the state, as written */
  Optional<String> typeOfSecurity();

  /** @return column 3: aggregate offering price offered in the state */
  StatedAmount aggregateOfferingPrice();

  /** @return column 4: number of accredited investors */
  StatedCount accreditedInvestors();

  /** @return column 4: amount purchased by accredited investors */
  StatedAmount accreditedAmount();

  /** @return column 4: number of non-accredited investors */
  StatedCount nonAccreditedInvestors();

  /** @return column 4: amount purchased by non-accredited investors */
  StatedAmount nonAccreditedAmount();

  /** @return column 5: disqualification under state ULOE */
  Recorded<Boolean> disqualified();

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

  /** Builds {@link PaperAppendixRow} values. */
  final class Builder extends ImmutablePaperAppendixRow.Builder {}
}
