package io.formd.core.model;

import org.immutables.value.Value;

/**
 * The submission contact: XSD complex type {@code FORM_D_POINT_OF_CONTACT_TYPE} (element {@code contactData}).
 * Filers submit it; EDGAR removes it from disseminated documents.
 */
@Value.Immutable
public interface ContactData extends WithContactData {

  /** @return {@code contactName} */
  String name();

  /** @return {@code contactPhoneNumber} */
  String phone();

  /** @return {@code contactEmailAddress} */
  String email();

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

  /** Builds {@link ContactData} values. */
  final class Builder extends ImmutableContactData.Builder {}
}
