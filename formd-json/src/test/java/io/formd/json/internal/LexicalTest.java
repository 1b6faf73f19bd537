package io.formd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The lexical checks at their edges (the properties beside this test compare them with regular expressions). */
class LexicalTest {

  @Test
  void amountsHaveOneToThirtyDigitsAndAtMostTwoOfCents() {
    assertThat(Lexical.isAmount("1.5")).isTrue();
    assertThat(Lexical.isAmount("1.50")).isTrue();
    assertThat(Lexical.isAmount("9".repeat(30) + ".12")).isTrue();
    assertThat(Lexical.isAmount("9".repeat(30))).isTrue();
    assertThat(Lexical.isAmount("9".repeat(31) + ".1")).isFalse();
    assertThat(Lexical.isAmount("1.123")).isFalse();
    assertThat(Lexical.isAmount("1.")).isFalse();
    assertThat(Lexical.isAmount(".5")).isFalse();
    assertThat(Lexical.isAmount("1.5.0")).isFalse();
    assertThat(Lexical.isAmount("")).isFalse();
  }

  @Test
  void monthsAreFourDigitsADashAndAMonthFromOneToTwelve() {
    assertThat(Lexical.yearMonth("2008-03")).isEqualTo(YearMonth.of(2008, 3));
    assertThat(Lexical.yearMonth("0001-01")).isEqualTo(YearMonth.of(1, 1));
    assertThat(Lexical.yearMonth("9999-12")).isEqualTo(YearMonth.of(9999, 12));
    assertThat(Lexical.yearMonth("2008-00")).isNull();
    assertThat(Lexical.yearMonth("2008-13")).isNull();
    assertThat(Lexical.yearMonth("2008-3")).isNull();
    assertThat(Lexical.yearMonth("2008-003")).isNull();
    assertThat(Lexical.yearMonth("2008/03")).isNull();
    assertThat(Lexical.yearMonth("20O8-03")).isNull();
    assertThat(Lexical.yearMonth("2008-0a")).isNull();
    assertThat(Lexical.yearMonth("+2008-3")).isNull();
    assertThat(Lexical.yearMonth("")).isNull();
  }

  @Test
  void textsForMessagesAreCutAfterFortyCharacters() {
    assertThat(Lexical.shorten("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(Lexical.shorten("x".repeat(41))).isEqualTo("x".repeat(37) + "...");
  }
}
