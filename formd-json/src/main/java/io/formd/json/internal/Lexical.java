package io.formd.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The few lexical checks both readers make on every amount, count and date, written out by hand: a profile of
 * reading showed compiled regular expressions and {@code DateTimeFormatter} among the top costs of mapping a
 * document, for grammars this small.
 */
public final class Lexical {

  private Lexical() {}

  /** @return whether {@code text} is {@code min} to {@code max} ASCII digits */
  public static boolean isDigits(String text, int min, int max) {
    int length = text.length();
    if (length < min || length > max) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return whether {@code text} is 1–30 digits, optionally followed by '.' and one or two digits of cents */
  public static boolean isAmount(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return isDigits(text, 1, 30);
    }
    return dot >= 1 && dot <= 30 && isDigits(text.substring(0, dot), 1, 30) && isDigits(text.substring(dot + 1), 1, 2);
  }

  /**
   * Parses an ISO date {@code YYYY-MM-DD}, exactly ten characters, as {@code LocalDate.parse} would.
   *
   * @return the date, or null if the text is not one (including impossible dates such as {@code 2009-02-30})
   */
  public static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !isDigits(text.substring(0, 4), 4, 4) || !isDigits(text.substring(5, 7), 2, 2)
        || !isDigits(text.substring(8), 2, 2)) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Parses a month {@code YYYY-MM}, exactly seven characters, as {@code YearMonth.parse} would (a tenth of its cost:
   * the formatter's parse was most of a paper filing's read of its JSON).
   *
   * @return the month, or null if the text is not one of four-digit year and two-digit month 01-12 (then
   *     {@code YearMonth.parse} says whether it is a month at all: a signed or longer year)
   */
  public static YearMonth yearMonth(String text) {
    if (text.length() != 7 || text.charAt(4) != '-' || !isDigits(text.substring(0, 4), 4, 4)
        || !isDigits(text.substring(5), 2, 2)) {
      return null;
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(text, 0, 4, 10), month) : null;
  }

  /** @return the text for a message: as it is up to 40 characters, else its first 37 and "..." */
  public static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
