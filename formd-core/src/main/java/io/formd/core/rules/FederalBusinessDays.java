package io.formd.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * US federal business days: no Saturday, Sunday or federal holiday (5 U.S.C. 6103, with the observed-day
 * shifts: a Saturday holiday is observed the Friday before, a Sunday one the Monday after). Used to roll a
 * filing deadline that falls on a day the SEC is closed to the next business day (Rule 503(a)(1)).
 */
public final class FederalBusinessDays {

  private FederalBusinessDays() {}

  /**
   * @param date a date
   * @return the date itself if it is a business day, else the next business day
   */
  public static LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * @param date a date
   * @return true unless it is a Saturday, a Sunday or an (observed) federal holiday
   */
  public static boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /**
   * @param date a date
   * @return true if it is a federal holiday or the day one is observed
   */
  public static boolean isHoliday(LocalDate date) {
    int year = date.getYear();
    int at = year - FIRST_KEPT;
    if (at < 0 || at >= KEPT.length()) {
      return holidays(year).contains(date);
    }
    List<LocalDate> kept = KEPT.get(at);
    if (kept == null) {
      kept = holidays(year);
      KEPT.set(at, kept);
    }
    return kept.contains(date);
  }

  /** The first year whose holidays are kept once worked out (a deadline check asks about a handful of dates). */
  private static final int FIRST_KEPT = 1900;

  /** The holidays of 1900 to 2199, each year's worked out when first asked about (any thread may: the same list). */
  private static final AtomicReferenceArray<List<LocalDate>> KEPT = new AtomicReferenceArray<>(300);

  /** @return the year's federal holidays as observed, those that fall in the year */
  private static List<LocalDate> holidays(int year) {
    List<LocalDate> all = new ArrayList<>(12);
    all.add(observed(LocalDate.of(year, 1, 1)));
    // New Year's Day on a Saturday is observed on the Friday before: the last day of the year before.
    all.add(observed(LocalDate.of(year + 1, 1, 1)));
    if (year >= 1986) {
      all.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
    }
    all.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
    all.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    if (year >= 2021) {
      all.add(observed(LocalDate.of(year, 6, 19)));
    }
    all.add(observed(LocalDate.of(year, 7, 4)));
    all.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
    all.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
    all.add(observed(LocalDate.of(year, 11, 11)));
    all.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
    all.add(observed(LocalDate.of(year, 12, 25)));
    all.removeIf(day -> day.getYear() != year);
    return List.copyOf(all);
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate observed(LocalDate holiday) {
    switch (holiday.getDayOfWeek()) {
      case SATURDAY:
        return holiday.minusDays(1);
      case SUNDAY:
        return holiday.plusDays(1);
      default:
        return holiday;
    }
  }
}
