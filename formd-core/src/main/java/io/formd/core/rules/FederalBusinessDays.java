package io.formd.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

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
    return observed(LocalDate.of(year, 1, 1)).equals(date)
        || observed(LocalDate.of(year + 1, 1, 1)).equals(date)
        || (year >= 1986 && nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3).equals(date))
        || nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3).equals(date)
        || LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)).equals(date)
        || (year >= 2021 && observed(LocalDate.of(year, 6, 19)).equals(date))
        || observed(LocalDate.of(year, 7, 4)).equals(date)
        || nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1).equals(date)
        || nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2).equals(date)
        || observed(LocalDate.of(year, 11, 11)).equals(date)
        || nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).equals(date)
        || observed(LocalDate.of(year, 12, 25)).equals(date);
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
