package io.formd.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The days EDGAR accepts filings: every day but Saturdays, Sundays, the federal holidays of 5 U.S.C. 6103
 * ({@link FederalBusinessDays}) and the days EDGAR was closed by executive order or for a national day of mourning,
 * which the SEC treats "as federal holidays for filing purposes". A deadline falling on a closed day moves to the
 * next day EDGAR is open (17 CFR 230.503(a)(1)).
 *
 * <p>{@link #standard()} knows the closures below, each confirmed in a public source; a user adds others (a closure
 * announced after this release, a local emergency order) with {@link #withClosure}:
 *
 * <pre>{@code
 * EdgarCalendar calendar = EdgarCalendar.standard().withClosure(LocalDate.of(2027, 12, 24), "executive order");
 * RuleSet rules = RuleSets.builtIn().withCalendar(calendar);
 * }</pre>
 *
 * <p>The filing date it is used with must be EDGAR's: a Form D submitted after 5:30 p.m. Eastern time is filed the
 * next business day (17 CFR 232.13(a)(2)).
 */
public final class EdgarCalendar {

  private static final EdgarCalendar STANDARD = new EdgarCalendar(known());

  private final Map<LocalDate, String> closures;

  private EdgarCalendar(Map<LocalDate, String> closures) {
    this.closures = Collections.unmodifiableMap(new TreeMap<>(closures));
  }

  private static Map<LocalDate, String> known() {
    Map<LocalDate, String> known = new TreeMap<>();
    known.put(LocalDate.of(2018, 12, 5), "national day of mourning for President George H. W. Bush; the SEC treated it "
        + "as a federal holiday for filing purposes");
    known.put(LocalDate.of(2018, 12, 24), "SEC closed by executive order (December 24 and 25): \"No EDGAR filings will "
        + "be "
        + "accepted those days\"");
    known.put(LocalDate.of(2019, 12, 24), "executive order closing federal offices; filings due that day were timely "
        + "on the next business day");
    known.put(LocalDate.of(2020, 12, 24), "executive order closing federal offices; EDGAR closed");
    known.put(LocalDate.of(2025, 1, 9), "national day of mourning for President Jimmy Carter; EDGAR closed");
    // Not one of the 57,496 Form D filings of the SEC's data sets 2025Q2-2026Q1 is dated on either weekday.
    known.put(LocalDate.of(2025, 12, 24), "executive order closing the executive departments on December 24 and 26, "
        + "2025; no Form D was filed that day");
    known.put(LocalDate.of(2025, 12, 26), "executive order closing the executive departments on December 24 and 26, "
        + "2025; no Form D was filed that day");
    return known;
  }

  /** @return the statutory holidays and EDGAR's known one-off closures */
  public static EdgarCalendar standard() {
    return STANDARD;
  }

  /**
   * @param day a day EDGAR was (or will be) closed
   * @param reason why, for messages and documentation
   * @return a calendar with that closure too
   */
  public EdgarCalendar withClosure(LocalDate day, String reason) {
    Map<LocalDate, String> more = new TreeMap<>(closures);
    more.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(reason, "reason"));
    return new EdgarCalendar(more);
  }

  /** @return the one-off closures besides weekends and statutory holidays, in date order, with their reasons */
  public Map<LocalDate, String> closures() {
    return closures;
  }

  /**
   * @param date a date
   * @return true if EDGAR accepts filings that day
   */
  public boolean isOpen(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !FederalBusinessDays.isHoliday(date)
        && !closures.containsKey(date);
  }

  /**
   * @param date a date
   * @return the date itself if EDGAR is open that day, else the next day it is
   */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isOpen(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Override
  public String toString() {
    return "EdgarCalendar[closures=" + closures.keySet() + "]";
  }
}
