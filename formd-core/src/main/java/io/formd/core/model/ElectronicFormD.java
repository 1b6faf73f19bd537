package io.formd.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The electronic Form D (adopted 2008; EDGAR's only form from 2009-03-16): the primary document
 * {@code edgarSubmission} of SEC schema {@code Form_D.definition.xsd} (X0808), Items 1–16 and the signature
 * block (Form D, 17 CFR 239.500, the EDGAR Form D XML Technical Specification v13).
 *
 * <pre>{@code
 * ElectronicFormD filing = ElectronicFormD.builder()
 *     .submissionType(SubmissionType.D)
 *     .primaryIssuer(issuer)
 *     .addRelatedPersons(person)
 *     .offering(offering)
 *     .addSignatures(signature)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ElectronicFormD implements FormD, WithElectronicFormD {

  /** @return {@code schemaVersion}, e.g. {@code X0708} (EDGAR inserts it on dissemination) */
  public abstract Optional<String> schemaVersion();

  /** @return {@code submissionType}: {@code D} or {@code D/A} */
  public abstract SubmissionType submissionType();

  /** @return {@code testOrLive} */
  public abstract Optional<TestOrLive> testOrLive();

  /** @return {@code returnCopy} */
  public abstract Optional<Boolean> returnCopy();

  /** @return {@code contactData} (absent from disseminated documents) */
  public abstract Optional<ContactData> contactData();

  /** @return {@code notificationAddressList/notificationEmailAddress}, in order */
  public abstract List<String> notificationEmailAddresses();

  /** @return {@code primaryIssuer} (Items 1 and 2) */
  @Override
  public abstract Issuer primaryIssuer();

  /** @return {@code issuerList/issuer}: the co-issuers, in order */
  public abstract List<Issuer> additionalIssuers();

  /** @return {@code issuerList/over100IssuerFlag} */
  @Value.Default
  public boolean moreThan100Issuers() {
    return false;
  }

  /** @return {@code relatedPersonsList/relatedPersonInfo} (Item 3), in order */
  @Override
  public abstract List<RelatedPerson> relatedPersons();

  /** @return {@code relatedPersonsList/over100PersonsFlag} */
  @Value.Default
  public boolean moreThan100RelatedPersons() {
    return false;
  }

  /** @return {@code offeringData}: Items 4–16 */
  public abstract OfferingData offering();

  /**
   * @return {@code signatureBlock/authorizedRepresentative}: the signer is also authorised to sign for the
   *     other issuers
   */
  public abstract Optional<Boolean> authorizedRepresentative();

  /** @return {@code signatureBlock/signature}, in order */
  @Override
  public abstract List<Signature> signatures();

  /**
   * @return what the reader saw in the XML document that the model does not hold (its declaration, processing
   *     instructions, elements out of order): {@link DocumentFacts#none()} for a filing built in memory. Not part of
   *     the filing's equality, hash or string; a builder's {@code from} copies it, so a filing edited from one read
   *     keeps the facts of the document read until {@code documentFacts(DocumentFacts.none())} is set.
   */
  @Value.Default
  @Value.Auxiliary
  public DocumentFacts documentFacts() {
    return DocumentFacts.none();
  }

  @Override
  public Edition edition() {
    return Edition.ELECTRONIC;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Computed once per filing (rules walk the issuers many times); not part of equality.
   */
  @Override
  @Value.Lazy
  public List<Issuer> issuers() {
    List<Issuer> issuers = new ArrayList<>(1 + additionalIssuers().size());
    issuers.add(primaryIssuer());
    issuers.addAll(additionalIssuers());
    return Collections.unmodifiableList(issuers);
  }

  @Override
  public List<FederalExemption> federalExemptions() {
    return offering().federalExemptions();
  }

  @Override
  public List<SalesCompensationRecipient> salesCompensationRecipients() {
    return offering().salesCompensationRecipients();
  }

  @Override
  public boolean isAmendment() {
    return offering().typeOfFiling().amendment();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ElectronicFormD} values. */
  public static final class Builder extends ImmutableElectronicFormD.Builder {}
}
