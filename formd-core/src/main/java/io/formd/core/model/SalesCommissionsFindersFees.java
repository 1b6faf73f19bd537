package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 15 sales commissions and finders' fees: XSD complex type {@code COMMISSION_FEE_TYPE} (element
 * {@code salesCommissionsFindersFees}).
 */
@Value.Immutable
public interface SalesCommissionsFindersFees extends WithSalesCommissionsFindersFees {

  /** @return {@code salesCommissions} */
  EstimatedAmount salesCommissions();

  /** @return {@code findersFees} */
  EstimatedAmount findersFees();

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

  /** Builds {@link SalesCommissionsFindersFees} values. */
  final class Builder extends ImmutableSalesCommissionsFindersFees.Builder {}
}
