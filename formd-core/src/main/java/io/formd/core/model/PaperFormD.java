package io.formd.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The paper Form D, OMB 3235-0076 ("Notice of Sale of Securities pursuant to Regulation D, Section 4(6), and/or
 * Uniform Limited Offering Exemption"), used until the electronic form replaced it (paper accepted until
 * 2009-03-15): the cover, Parts A–E and the ULOE appendix (the paper Form D, OMB 3235-0076).
 *
 * <p>Transcriptions of paper filings often lose check marks; such boxes are {@link Mark#NOT_RECORDED} or
 * {@link Recorded#notRecorded()}, never "unchecked". The project's seed, {@code Altiris2003}, is one.
 */
@Value.Immutable
public abstract non-sealed class PaperFormD implements FormD, WithPaperFormD {

  /** @return the edition mark's expiry date ("Expires: May 31, 2002"), when the copy shows it */
  public abstract Optional<LocalDate> editionExpires();

  /** @return cover "Name of Offering" */
  public abstract Optional<String> nameOfOffering();

  /** @return cover box: this is an amendment and the offering's name has changed */
  public abstract Mark offeringNameChanged();

  /** @return cover "Filing Under": the Rule 504, 505, 506 and Section 4(6) boxes checked */
  public abstract Recorded<Set<FederalExemption>> filingUnder();

  /** @return cover "Filing Under" box "ULOE" (the state Uniform Limited Offering Exemption) */
  public abstract Mark uloe();

  /** @return cover "Type of Filing": true for "Amendment", false for "New Filing" */
  public abstract Recorded<Boolean> amendment();

  /**
   * @return Part A.1 the issuer: name, address of executive offices and its telephone, type of business
   *     organisation, jurisdiction
   */
  public abstract Issuer issuer();

  /** @return Part A.1 box: this is an amendment and the issuer's name has changed */
  public abstract Mark issuerNameChanged();

  /**
   * @return Part A.1 "Address of Principal Business Operations (if different from Executive Offices)";
   *     empty when not different ("same as above")
   */
  public abstract Optional<Address> principalBusinessAddress();

  /** @return Part A.1 telephone of the principal business operations; empty when "same as above" */
  public abstract Optional<String> principalBusinessPhone();

  /** @return Part A.1 "Brief Description of Business" */
  public abstract Optional<String> businessDescription();

  /** @return Part A.1 "Actual or Estimated Date of Incorporation or Organization": month and year */
  public abstract Optional<YearMonth> organizationDate();

  /** @return Part A.1 the "Estimated" box of that date (false for "Actual") */
  public abstract Recorded<Boolean> organizationDateEstimated();

  /** @return Part A.2 the persons listed, in order */
  @Override
  public abstract List<RelatedPerson> relatedPersons();

  /** @return Part B */
  public abstract PaperPartB partB();

  /** @return Part C */
  public abstract PaperPartC partC();

  /** @return Part D, the federal signature */
  public abstract Optional<Signature> federalSignature();

  /** @return Part E, the state signature (ULOE; not needed on the SEC copy) */
  public abstract Optional<PaperPartE> partE();

  /** @return the ULOE appendix, one row per state (not needed on the SEC copy) */
  public abstract List<PaperAppendixRow> appendix();

  @Override
  public Edition edition() {
    return Edition.PAPER;
  }

  @Override
  public List<Issuer> issuers() {
    return List.of(issuer());
  }

  @Override
  public List<Signature> signatures() {
    // No bound method reference: every validation asks, and C1 makes each through a method handle.
    List<Signature> signatures = new ArrayList<>(2);
    Optional<Signature> federal = federalSignature();
    if (federal.isPresent()) {
      signatures.add(federal.get());
    }
    Optional<Signature> state = partE().isPresent() ? partE().get().signature() : Optional.empty();
    if (state.isPresent()) {
      signatures.add(state.get());
    }
    return Collections.unmodifiableList(signatures);
  }

  /** @return the "Filing Under" boxes checked, in code order; empty when not recorded */
  @Override
  public List<FederalExemption> federalExemptions() {
    return filingUnder().asOptional().map(s -> List.copyOf(new TreeSet<>(s))).orElse(List.of());
  }

  @Override
  public List<SalesCompensationRecipient> salesCompensationRecipients() {
    return partB().salesCompensationRecipients();
  }

  @Override
  public boolean isAmendment() {
    return amendment().asOptional().orElse(false);
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

  /** Builds {@link PaperFormD} values. */
  public static final class Builder extends ImmutablePaperFormD.Builder {}
}
