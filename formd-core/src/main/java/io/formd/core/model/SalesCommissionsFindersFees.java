package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 15 sales commissions and finders' fees: XSD complex type {@code COMMISSION_FEE_TYPE} (element
 * {@code salesCommissionsFindersFees}).
 */
@Value.Immutable
public interface SalesCommissionsFindersFees {

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

  /** Builds {@link SalesCommissionsFindersFees} values. */
  final class Builder extends ImmutableSalesCommissionsFindersFees.Builder {}
}
