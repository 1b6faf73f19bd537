package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An issuer: electronic Items 1 and 2 (XSD complex type {@code ISSUER_TYPE}, elements {@code primaryIssuer}
 * and {@code issuerList/issuer}), or the paper form's Part A.1 issuer.
 *
 * <p>Parts the paper form does not have (CIK, previous names, year of incorporation) are absent there. Parts
 * the electronic schema requires (CIK, entity type, year of incorporation) are still optional here, so that
 * a filing missing them can be read and reported on: the rules engine says what is missing.
 */
@Value.Immutable
public interface Issuer extends WithIssuer {

  /** @return {@code cik}: the issuer's EDGAR Central Index Key, as written (up to 10 digits) */
  Optional<String> cik();

  /** @return {@code ccc}: the CIK confirmation code (EDGAR strips it from disseminated documents) */
  Optional<String> ccc();

  /**
   * @return {@code entityName}: the issuer's name; paper "Name of Issuer". Empty where the document leaves it to
   *     EDGAR, as a submission does (EDGAR fills it in from the CIK: technical specification v13 §3.3 o#4); an empty
   *     name given is no name
   */
  Optional<String> name();

  /** @return {@code issuerAddress}: principal place of business; paper "Address of Executive Offices" */
  Address address();

  /** @return {@code issuerPhoneNumber}, as written */
  String phone();

  /**
   * @return {@code jurisdictionOfInc}, as written: a state or country name ("DELAWARE") in current
   *     electronic filings, a code in 2009 ones; on paper a USPS code, {@code CN} or {@code FN}
   */
  Optional<String> jurisdictionOfIncorporation();

  /** @return {@code issuerPreviousNameList}: previous names the filer gives */
  Optional<PreviousNames> previousNames();

  /** @return {@code edgarPreviousNameList}: previous names on EDGAR (EDGAR fills it in) */
  Optional<PreviousNames> edgarPreviousNames();

  /** @return {@code entityType}; paper "Type of Business Organization" (empty when not recorded) */
  Optional<EntityType> entityType();

  /** @return {@code entityTypeOtherDesc}: the description for {@link EntityType#OTHER} */
  Optional<String> entityTypeOtherDescription();

  /** @return {@code yearOfInc} (electronic only) */
  Optional<YearOfIncorporation> yearOfIncorporation();

  /** An empty name given is no name: one spelling of "left to EDGAR", so that what reads a document agrees. */
  @Value.Check
  default Issuer normalized() {
    return name().filter(String::isEmpty).isPresent() ? withName(Optional.empty()) : this;
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

  /** Builds {@link Issuer} values. */
  final class Builder extends ImmutableIssuer.Builder {}
}
