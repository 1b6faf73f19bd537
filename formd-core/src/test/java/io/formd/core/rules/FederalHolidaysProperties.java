package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The federal holidays, kept per year once worked out, are exactly those of 5 U.S.C. 6103 as observed: the same
 * answer for every date as the statute's list worked out afresh for that date (the formula below, as the rules used
 * it before the holidays were kept).
 */
class FederalHolidaysProperties {

  private static boolean afresh(LocalDate date) {
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
    DayOfWeek day = holiday.getDayOfWeek();
    return day == DayOfWeek.SATURDAY ? holiday.minusDays(1) : day == DayOfWeek.SUNDAY ? holiday.plusDays(1) : holiday;
  }

  @Property(tries = 3000)
  void aDateIsAHolidayExactlyWhenTheStatutesListForItsYearSaysSo(
      @ForAll @IntRange(min = -40000, max = 120000) int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    assertThat(FederalBusinessDays.isHoliday(date)).as("%s", date).isEqualTo(afresh(date));
    assertThat(FederalBusinessDays.isHoliday(date)).as("asked again: %s", date).isEqualTo(afresh(date));
  }

  @Test
  void everyDayOfTheYearsAroundTheEdgesOfWhatIsKept() {
    for (LocalDate day = LocalDate.of(1898, 12, 1); day.isBefore(LocalDate.of(1901, 2, 1)); day = day.plusDays(1)) {
      assertThat(FederalBusinessDays.isHoliday(day)).as("%s", day).isEqualTo(afresh(day));
    }
    for (LocalDate day = LocalDate.of(2198, 12, 1); day.isBefore(LocalDate.of(2201, 2, 1)); day = day.plusDays(1)) {
      assertThat(FederalBusinessDays.isHoliday(day)).as("%s", day).isEqualTo(afresh(day));
    }
    // 2022: New Year's Day 2022 fell on a Saturday, observed Friday 31 December 2021.
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2022, 1, 3))).isFalse();
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
  }
}
