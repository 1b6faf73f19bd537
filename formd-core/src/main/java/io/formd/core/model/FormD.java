package io.formd.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Form D notice, in one of its two editions: {@link ElectronicFormD} (EDGAR, 2009 on) or {@link PaperFormD}
 * (the paper form, before 2009). Switch on the edition with pattern matching, or use the parts both share.
 */
public sealed interface FormD permits ElectronicFormD, PaperFormD {

  /** @return the edition of the form */
  Edition edition();

  /** @return every issuer, the primary one first */
  List<Issuer> issuers();

  /** @return the primary issuer */
  default Issuer primaryIssuer() {
    return issuers().get(0);
  }

  /** @return the related persons, in order */
  List<RelatedPerson> relatedPersons();

  /** @return the signatures, in order (paper: Part D, then Part E if present) */
  List<Signature> signatures();

  /**
   * @return the date of the latest signature (the date rules apply as of, and "today" for a filing being
   *     prepared), or empty for a filing with no signature
   */
  default Optional<LocalDate> latestSignatureDate() {
    LocalDate latest = null;
    for (Signature signature : signatures()) { // a loop: every validation asks, so no stream
      if (latest == null || signature.date().isAfter(latest)) {
        latest = signature.date();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** @return the federal exemptions claimed, in order (paper: the "Filing Under" boxes, when recorded) */
  List<FederalExemption> federalExemptions();

  /** @return the sales-compensation recipients, in order */
  List<SalesCompensationRecipient> salesCompensationRecipients();

  /** @return true if the filing says it is an amendment (paper: false when the box is not recorded) */
  boolean isAmendment();
}
