package io.formd.core.fields;

/**
 * How the model holds a field: what its accessor returns and how each format writes it. Regular kinds are
 * written the same way for every row; the irregular ones ({@link #YEAR_KIND}, {@link #SECURITY_TYPE},
 * {@link #NONE}, {@link #ALL_STATES}) each have one small hand-written codec per format, listed in
 * {@link FormDFields}' documentation.
 */
public enum Kind {
  /** An element (or model part) holding other fields, with a model value of its own. */
  GROUP,
  /** An XML element holding other fields that has no model value of its own: its children belong to its parent's. */
  WRAPPER,
  /** Free text ({@code String}). */
  TEXT,
  /** A code of an XSD enumeration: an enum implementing {@code EdgarCode}. */
  CODE,
  /** {@code true} or {@code false} ({@code TRUE_FALSE_TYPE}). */
  BOOLEAN,
  /** {@code IS_TRUE_TYPE}: absent, or {@code true}; a {@code boolean} in the model. */
  FLAG,
  /** A {@code UsdAmount}. */
  AMOUNT,
  /** An {@code OfferingAmount}: an amount or {@code Indefinite}. */
  OFFERING_AMOUNT,
  /** A count ({@code long}). */
  COUNT,
  /** A {@code LocalDate}. */
  DATE,
  /** A {@code java.time.Year}. */
  YEAR,
  /** Paper: a {@code java.time.YearMonth}. */
  YEAR_MONTH,
  /** Paper: a box, {@code Mark} (checked, unchecked, not recorded). */
  MARK,
  /** Paper: an amount cell as written, {@code StatedAmount}. */
  STATED_AMOUNT,
  /** Paper: a count cell as written, {@code StatedCount}. */
  STATED_COUNT,
  /** Irregular: one of the {@code yearOfInc} flags, which together give {@code YearOfIncorporation.kind()}. */
  YEAR_KIND,
  /** Irregular: one flag of Item 9, true when {@code securityTypes()} holds that type. */
  SECURITY_TYPE,
  /** Irregular: {@code <value>None</value>} of a previous-name list ({@code PreviousNames.none()}). */
  NONE,
  /** Irregular: {@code <value>All States</value>} of a states-of-solicitation list. */
  ALL_STATES;

  /** @return true for the kinds whose rows hold other rows */
  public boolean holdsFields() {
    return this == GROUP || this == WRAPPER;
  }
}
