package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 14 investors: XSD complex type {@code INVESTORS_TYPE} (element {@code investors}).
 */
@Value.Immutable
public interface Investors extends WithInvestors {

  /**
   * @return {@code hasNonAccreditedInvestors}: securities have been or may be sold to persons who are not
   *     accredited investors
   */
  boolean hasNonAccreditedInvestors();

  /** @return {@code numberNonAccreditedInvestors}: how many non-accredited investors have invested */
  Optional<Long> numberNonAccreditedInvestors();

  /** @return {@code totalNumberAlreadyInvested} */
  long totalNumberAlreadyInvested();

  /**
   * Refuses negative counts (a shape check run by the builder; not for callers).
   *
   * @throws IllegalStateException if a count is negative
   */
  @Value.Check
  default void checkShape() {
    if (totalNumberAlreadyInvested() < 0 || numberNonAccreditedInvestors().orElse(0L) < 0) {
      throw new IllegalStateException("investor counts cannot be negative, found total "
          + totalNumberAlreadyInvested() + ", non-accredited " + numberNonAccreditedInvestors().orElse(0L));
    }
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

  /** Builds {@link Investors} values. */
  final class Builder extends ImmutableInvestors.Builder {}
}
