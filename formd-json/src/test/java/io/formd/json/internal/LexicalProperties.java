package io.formd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written lexical checks that replaced regular expressions and {@code LocalDate.parse} accept and refuse
 * exactly what those did. A failing property prints its seed; {@code @Property(seed = "...")} replays it.
 */
class LexicalProperties {

  @Property(tries = 2000)
  void dateParsingAgreesWithLocalDateParse(@ForAll("dateLike") String text) {
    LocalDate expected;
    try {
      expected = text.length() == 10 ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertThat(Lexical.date(text)).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void monthParsingIsYearMonthParseWhereItAnswers(@ForAll("monthLike") String text) {
    YearMonth expected;
    try {
      expected = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    YearMonth month = Lexical.yearMonth(text);
    // It answers for four-digit years (every month a Form D holds); YearMonth.parse decides the rest.
    if (text.length() == 7 && text.matches("[0-9]{4}-[0-9]{2}")) {
      assertThat(month).isEqualTo(expected);
    } else {
      assertThat(month).isNull();
    }
  }

  @Property(tries = 2000)
  void amountGrammarAgreesWithTheRegularExpression(@ForAll("amountLike") String text) {
    assertThat(Lexical.isAmount(text)).isEqualTo(text.matches("[0-9]{1,30}(\\.[0-9]{1,2})?"));
    assertThat(Lexical.isDigits(text, 1, 30)).isEqualTo(text.matches("[0-9]{1,30}"));
  }

  @Property(tries = 2000)
  void usdAmountParseEqualsTheExactDecimal(@ForAll("amountLike") String text) {
    if (text.matches("[0-9]{1,30}(\\.[0-9]{1,2})?")) {
      UsdAmount amount = UsdAmount.parse(text);
      assertThat(amount.value()).isEqualByComparingTo(new BigDecimal(text));
      assertThat(amount.value().scale()).isBetween(0, 2);
      assertThat(amount).isEqualTo(UsdAmount.of(new BigDecimal(text)));
    }
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> valid = Arbitraries.integers().between(-1000, 3_000_000)
        .map(day -> LocalDate.of(1, 1, 1).plusDays(day).toString());
    Arbitrary<String> near = Arbitraries.strings().withChars("0123456789-+ /").ofMinLength(8).ofMaxLength(11);
    Arbitrary<String> shaped = Arbitraries.strings().numeric().ofLength(4)
        .flatMap(y -> Arbitraries.strings().numeric().ofLength(2)
            .flatMap(m -> Arbitraries.strings().numeric().ofLength(2).map(d -> y + "-" + m + "-" + d)));
    return Arbitraries.oneOf(valid, near, shaped);
  }

  @Provide
  Arbitrary<String> monthLike() {
    Arbitrary<String> valid = Arbitraries.integers().between(-30_000, 120_000)
        .map(month -> YearMonth.of(1, 1).plusMonths(month).toString());
    Arbitrary<String> near = Arbitraries.strings().withChars("0123456789-+ /").ofMinLength(5).ofMaxLength(9);
    Arbitrary<String> shaped = Arbitraries.strings().numeric().ofLength(4)
        .flatMap(y -> Arbitraries.strings().numeric().ofLength(2).map(m -> y + "-" + m));
    return Arbitraries.oneOf(valid, near, shaped);
  }

  @Provide
  Arbitrary<String> amountLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.").ofMinLength(0).ofMaxLength(34),
        Arbitraries.strings().withChars("0123456789.-+e ,").ofMinLength(1).ofMaxLength(6),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(n -> Long.toString(n)),
        Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(31));
  }
}
