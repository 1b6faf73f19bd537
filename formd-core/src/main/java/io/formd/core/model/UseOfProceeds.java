package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 16 use of proceeds: XSD complex type {@code PROCEEDS_USE_TYPE} (element {@code useOfProceeds}): the
 * gross proceeds used, or proposed to be used, for payments to the executive officers, directors and
 * promoters named in Item 3.
 */
@Value.Immutable
public interface UseOfProceeds extends WithUseOfProceeds {

  /** @return {@code grossProceedsUsed} */
  EstimatedAmount grossProceedsUsed();

  /** @return {@code clarificationOfResponse} */
  Optional<String> clarification();

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

  /** Builds {@link UseOfProceeds} values. */
  final class Builder extends ImmutableUseOfProceeds.Builder {}
}
