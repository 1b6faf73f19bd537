package io.formd.core.model;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 1 year of incorporation or organisation: XSD complex type {@code YEAR_INC_TYPE} (element
 * {@code yearOfInc}), a choice of {@code overFiveYears}, {@code withinFiveYears} (with the year in
 * {@code value}) or {@code yetToBeFormed}.
 */
@Value.Immutable
public interface YearOfIncorporation extends WithYearOfIncorporation {

  /** The three boxes of Item 1. */
  enum Kind {
    /** {@code overFiveYears}: over five years ago. */
    OVER_FIVE_YEARS,
    /** {@code withinFiveYears}: within the last five years (specify the year). */
    WITHIN_FIVE_YEARS,
    /** {@code yetToBeFormed}: yet to be formed. */
    YET_TO_BE_FORMED
  }

  /** @return which box is checked */
  Kind kind();

  /** @return {@code value}: the year, expected with {@link Kind#WITHIN_FIVE_YEARS} (a rule) */
  Optional<Year> year();

  /** @return over five years ago */
  static YearOfIncorporation overFiveYears() {
    return builder().kind(Kind.OVER_FIVE_YEARS).build();
  }

  /**
   * @param year the year of incorporation
   * @return within the last five years, in that year
   */
  static YearOfIncorporation withinFiveYears(int year) {
    return builder().kind(Kind.WITHIN_FIVE_YEARS).year(Year.of(year)).build();
  }

  /** @return yet to be formed */
  static YearOfIncorporation yetToBeFormed() {
    return builder().kind(Kind.YET_TO_BE_FORMED).build();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link YearOfIncorporation} values. */
  final class Builder extends ImmutableYearOfIncorporation.Builder {}
}
