package io.formd.core.rules;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import java.time.LocalDate;
import java.util.Optional;

/** Which of a filing's dates the rule set is applied as of, unless {@link RuleSet#asOf} fixes one. */
public enum DatePolicy {
  /**
   * The latest signature date (the default): the day the filer made the statements. Every complete filing
   * has one; when none is given, the date of first sale, if any.
   */
  SIGNATURE_DATE,
  /**
   * The date of first sale (electronic Item 7), for the conditions of the offering (the ceilings and limits of the
   * exemption the sales relied on); the latest signature date when the first sale is yet to occur or the edition has
   * no such field (paper). Codes, formats and schema limits are judged as of the document's date under either policy
   * ({@link Rule.Dating#DOCUMENT}).
   */
  FIRST_SALE_DATE;

  /**
   * @param filing a filing
   * @return the date its rules are applied as of, or empty if it has none of the dates this policy uses
   */
  public Optional<LocalDate> dateOf(FormD filing) {
    Optional<LocalDate> signed = filing.latestSignatureDate();
    Optional<LocalDate> firstSale = filing instanceof ElectronicFormD
        ? ((ElectronicFormD) filing).offering().typeOfFiling().dateOfFirstSale()
        : Optional.empty();
    // Without a capturing lambda: made for every filing checked, through a method handle where C1 compiled it.
    Optional<LocalDate> first = this == SIGNATURE_DATE ? signed : firstSale;
    return first.isPresent() ? first : this == SIGNATURE_DATE ? firstSale : signed;
  }
}
