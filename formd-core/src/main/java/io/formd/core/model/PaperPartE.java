package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paper Part E, the state signature (ULOE; not required for the SEC copy). The question text is from
 * background knowledge (the paper Form D, OMB 3235-0076, tagged [M]).
 */
@Value.Immutable
public interface PaperPartE extends WithPaperPartE {

  /**
   * @return question 1: "Is any party described in 17 CFR 230.262 presently subject to any of the
   *     disqualification provisions of such rule?"
   */
  Recorded<Boolean> disqualified();

  /** @return the state signature */
  Optional<Signature> signature();

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

  /** Builds {@link PaperPartE} values. */
  final class Builder extends ImmutablePaperPartE.Builder {}
}
