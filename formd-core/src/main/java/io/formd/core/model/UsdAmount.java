package io.formd.core.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact, non-negative amount of US dollars with at most two decimal places.
 *
 * <p>Equality is by value: {@code UsdAmount.of("10")} equals {@code UsdAmount.of("10.00")}, and both have the
 * same hash code (unlike {@link BigDecimal#equals(Object)}). Nothing is ever rounded: a value with more than
 * two decimals, or a negative one, is refused with an {@link IllegalArgumentException} naming the value.
 *
 * <p>The electronic form writes whole dollars (XSD {@code POSITIVE_INTEGER_TYPE}: digits only, at most
 * 999,999,999,999); the paper form writes cents ("$ 9,699,000.00"). Both fit.
 */
public final class UsdAmount implements Comparable<UsdAmount> {


  /** Zero dollars. */
  public static final UsdAmount ZERO = new UsdAmount(BigDecimal.ZERO);

  private final BigDecimal value;

  private UsdAmount(BigDecimal value) {
    this.value = value;
  }

  /**
   * An amount from an exact decimal.
   *
   * @param value the amount; non-negative, at most two decimal places
   * @return the amount
   * @throws IllegalArgumentException if the value is negative or has more than two decimal places
   * @throws NullPointerException if the value is null
   */
  public static UsdAmount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a USD amount cannot be negative, found " + value.toPlainString());
    }
    if (value.scale() == 0) {
      // Whole dollars already have the canonical scale; skip stripTrailingZeros, which would make 1E+7 of 10000000.
      return value.signum() == 0 ? ZERO : new UsdAmount(value);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException(
          "a USD amount has at most 2 decimal places, found " + value.toPlainString());
    }
    return stripped.signum() == 0 ? ZERO : new UsdAmount(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /**
   * An amount of whole dollars.
   *
   * @param dollars the number of dollars, non-negative
   * @return the amount
   * @throws IllegalArgumentException if {@code dollars} is negative
   */
  public static UsdAmount of(long dollars) {
    return of(BigDecimal.valueOf(dollars));
  }

  /**
   * Parses a plain decimal such as {@code "10000000"} or {@code "9699000.00"} (no sign, separators or
   * currency symbol).
   *
   * @param text the digits
   * @return the amount
   * @throws IllegalArgumentException if the text is not a plain non-negative decimal with at most two
   *     decimal places
   */
  public static UsdAmount parse(String text) {
    Objects.requireNonNull(text, "text");
    int dot = text.indexOf('.');
    int whole = dot < 0 ? text.length() : dot;
    if (!digits(text, 0, whole) || dot >= 0 && !digits(text, dot + 1, text.length())) {
      throw new IllegalArgumentException(
          "expected a plain non-negative decimal amount of US dollars (digits, optionally '.' and cents), found '"
              + text + "'");
    }
    if (dot < 0 && whole <= 18) {
      // The common case, whole dollars that fit a long, without BigDecimal's string parser.
      return of(BigDecimal.valueOf(Long.parseLong(text)));
    }
    return of(new BigDecimal(text));
  }

  /** @return whether {@code text[from, to)} is 1 to 30 ASCII digits */
  private static boolean digits(String text, int from, int to) {
    if (to - from < 1 || to - from > 30) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return the exact value, with trailing zeros stripped (scale 0, 1 or 2) */
  public BigDecimal value() {
    return value;
  }

  /** @return true if this is zero dollars */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** @return true if this amount has no cents */
  public boolean isWholeDollars() {
    return value.scale() <= 0;
  }

  /**
   * @param other the amount to add
   * @return the exact sum
   */
  public UsdAmount plus(UsdAmount other) {
    return of(value.add(other.value));
  }

  /**
   * The signed difference {@code this − other}; it may be negative, so it is a {@link BigDecimal}.
   *
   * @param other the amount to subtract
   * @return the exact difference
   */
  public BigDecimal minus(UsdAmount other) {
    return value.subtract(other.value);
  }

  @Override
  public int compareTo(UsdAmount other) {
    return value.compareTo(other.value);
  }

  /**
   * @param other another amount
   * @return true if this amount is greater than {@code other}
   */
  public boolean isGreaterThan(UsdAmount other) {
    return compareTo(other) > 0;
  }

  /** @return the amount as plain digits, the way EDGAR XML writes it ({@code "10000000"}, {@code "0.5"}) */
  public String toPlainString() {
    return value.toPlainString();
  }

  /** @return the amount the way a person reads it: {@code "$10,000,000.00"} (always US format) */
  public String format() {
    DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UsdAmount && ((UsdAmount) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /** @return {@link #toPlainString()} */
  @Override
  public String toString() {
    return toPlainString();
  }
}
