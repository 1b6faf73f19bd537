package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person paid for soliciting purchasers: electronic Item 12 (XSD complex type
 * {@code SALES_COMPENSATION_TYPE}, element {@code salesCompensationList/recipient}) or paper Part B.4.
 *
 * <p>CRD numbers and the broker-dealer name are XSD unions with the literal {@code None}: empty here is
 * written as {@code None}, so nothing is lost.
 */
@Value.Immutable
public interface SalesCompensationRecipient extends WithSalesCompensationRecipient {

  /** @return {@code recipientName} */
  String name();

  /**
   * @return {@code recipientCRDNumber}: digits as written, or empty for {@code None}; an element written empty is
   *     the empty string (not None: a rule reports it)
   */
  Optional<String> crdNumber();

  /** @return {@code associatedBDName}, or empty for {@code None} */
  Optional<String> associatedBrokerDealerName();

  /** @return {@code associatedBDCRDNumber}, or empty for {@code None} */
  Optional<String> associatedBrokerDealerCrdNumber();

  /** @return {@code recipientAddress} */
  Address address();

  /** @return {@code statesOfSolicitationList} */
  StatesOfSolicitation statesOfSolicitation();

  /** @return {@code foreignSolicitation} (absent in X0301 documents and on paper) */
  Optional<Boolean> foreignSolicitation();

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

  /** Builds {@link SalesCompensationRecipient} values. */
  final class Builder extends ImmutableSalesCompensationRecipient.Builder {}
}
