package io.formd.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Paper Part B, "Information about offering" (the paper Form D, OMB 3235-0076).
 */
@Value.Immutable
public interface PaperPartB extends WithPaperPartB {

  /**
   * @return question 1: "Has the issuer sold, or does the issuer intend to sell, to non-accredited investors
   *     in this offering?"
   */
  Recorded<Boolean> nonAccreditedSales();

  /**
   * @return question 2: the minimum investment accepted from any individual, as written ("no minimum" is
   *     kept as written and stands for zero)
   */
  StatedAmount minimumInvestment();

  /** @return question 3: "Does the offering permit joint ownership of a single unit?" */
  Recorded<Boolean> jointOwnership();

  /** @return question 4: persons paid commissions for soliciting purchasers, in order */
  List<SalesCompensationRecipient> salesCompensationRecipients();

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

  /** Builds {@link PaperPartB} values. */
  final class Builder extends ImmutablePaperPartB.Builder {}
}
