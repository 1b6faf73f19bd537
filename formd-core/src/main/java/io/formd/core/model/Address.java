package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address: XSD complex type {@code FORM_D_ADDRESS_TYPE} (elements {@code issuerAddress},
 * {@code relatedPersonAddress}, {@code recipientAddress}), and the paper form's "Number and Street, City,
 * State, Zip Code" lines (Part A.1, A.2, B.4).
 *
 * <p>The schema's limits (street ≤ 40, city ≤ 30, ZIP ≤ 10 of {@code [0-9A-Za-z #-]}) are rules, not builder
 * checks, so that an address a filer got wrong can still be held and reported on.
 */
@Value.Immutable
public interface Address extends WithAddress {

  /** @return {@code street1}: number and street */
  String street1();

  /** @return {@code street2}: a second street line (suite, floor) */
  Optional<String> street2();

  /** @return {@code city} */
  String city();

  /** @return {@code stateOrCountry}: the EDGAR state or country code */
  StateOrCountry stateOrCountry();

  /**
   * @return {@code stateOrCountryDescription}: the name EDGAR writes beside the code (e.g. {@code UTAH});
   *     absent in X0301 documents and for some foreign codes
   */
  Optional<String> stateOrCountryDescription();

  /** @return {@code zipCode}: ZIP or foreign postal code, as written */
  String zipCode();

  /** @return a one-line rendering: {@code "588 West 400 South, Lindon, UT 84042"} */
  default String oneLine() {
    StringBuilder line = new StringBuilder(street1());
    street2().ifPresent(s -> line.append(", ").append(s));
    return line.append(", ").append(city()).append(", ").append(stateOrCountry().edgarCode())
        .append(' ').append(zipCode()).toString();
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

  /** Builds {@link Address} values. */
  final class Builder extends ImmutableAddress.Builder {}
}
