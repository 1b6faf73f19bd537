package io.formd.core.model;

import org.immutables.value.Value;

/**
 * The submission contact: XSD complex type {@code FORM_D_POINT_OF_CONTACT_TYPE} (element {@code contactData}).
 * Filers submit it; EDGAR removes it from disseminated documents.
 */
@Value.Immutable
public interface ContactData {

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

  /** Builds {@link ContactData} values. */
  final class Builder extends ImmutableContactData.Builder {}
}
