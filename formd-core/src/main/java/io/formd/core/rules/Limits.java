package io.formd.core.rules;

import io.formd.core.model.UsdAmount;
import java.time.LocalDate;

/**
 * The dollar and head-count ceilings of Regulation D and Section 4(a)(5), by date
 * (Regulation D, 17 CFR 230.500-230.508). Intervals are half-open: a new figure applies from its effective
 * date on.
 */
public final class Limits {

  /** Rule 504's ceiling became $5,000,000 on this day (Release 33-10238). */
  public static final LocalDate RULE_504_5M_FROM = LocalDate.of(2017, 1, 20);
  /** Rule 504's ceiling became $10,000,000 on this day (Release 33-10884). */
  public static final LocalDate RULE_504_10M_FROM = LocalDate.of(2021, 3, 15);
  /**
   * From this day Rule 506(b)'s 35 non-accredited purchasers count across the issuer's 506(b) offerings in any 90
   * calendar days (the same Release 33-10884).
   */
  public static final LocalDate RULE_506B_90_DAYS_FROM = RULE_504_10M_FROM;
  /** Rule 505 was repealed effective this day (Release 33-10238). */
  public static final LocalDate RULE_505_REPEALED = LocalDate.of(2017, 5, 22);
  /** Rule 506(c) and the 506(b)/506(c) boxes exist from this day (Release 33-9415). */
  public static final LocalDate RULE_506C_FROM = LocalDate.of(2013, 9, 23);
  /** The electronic Form D took effect this day (Release 33-8891). */
  public static final LocalDate ELECTRONIC_FORM_FROM = LocalDate.of(2008, 9, 15);
  /** From this day only electronic filing was accepted (Release 33-8891). */
  public static final LocalDate ELECTRONIC_ONLY_FROM = LocalDate.of(2009, 3, 16);
  /**
   * Section 4(6) became 4(5) on this day: Dodd-Frank Act §944, "effective 1 day after July 21, 2010" (15 U.S.C. 77d,
   * amendment notes).
   */
  public static final LocalDate SECTION_4_6_RENUMBERED = LocalDate.of(2010, 7, 22);
  /** Section 4(5) became 4(a)(5) on this day, when the JOBS Act designated subsection (a) (15 U.S.C. 77d notes). */
  public static final LocalDate SECTION_4A5_DESIGNATED = LocalDate.of(2012, 4, 5);
  /** Rule 505's and Section 4(a)(5)'s ceiling. */
  public static final UsdAmount FIVE_MILLION = UsdAmount.of(5_000_000);
  /** The most non-accredited purchasers Rules 505 and 506(b) allow. */
  public static final long MAX_NON_ACCREDITED = 35;

  private Limits() {}

  /**
   * Rule 504's aggregate offering price ceiling on a date: $1,000,000 before 2017-01-20, $5,000,000 from
   * then, $10,000,000 from 2021-03-15. (The 1982–1988 figure of $500,000 is tagged [M] in the reference, so
   * the engine applies $1,000,000 to those years too rather than build an ERROR on it.)
   *
   * @param date the date
   * @return the ceiling
   */
  public static UsdAmount rule504Ceiling(LocalDate date) {
    if (date.isBefore(RULE_504_5M_FROM)) {
      return UsdAmount.of(1_000_000);
    }
    return date.isBefore(RULE_504_10M_FROM) ? FIVE_MILLION : UsdAmount.of(10_000_000);
  }
}
