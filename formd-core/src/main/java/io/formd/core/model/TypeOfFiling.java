package io.formd.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Item 7 type of filing: XSD complex type {@code FILING_TYPE} (element {@code typeOfFiling}): new notice or
 * amendment ({@code newOrAmendment}), and the date of first sale or "first sale yet to occur"
 * ({@code dateOfFirstSale}).
 *
 * <p>The schema makes the date and "yet to occur" a choice; here both (or neither) can be represented, and
 * the rules engine reports it.
 */
@Value.Immutable
public interface TypeOfFiling extends WithTypeOfFiling {

  /** @return {@code newOrAmendment/isAmendment} */
  boolean amendment();

  /** @return {@code newOrAmendment/previousAccessionNumber} ({@code nnnnnnnnnn-nn-nnnnnn}) */
  Optional<String> previousAccessionNumber();

  /** @return {@code dateOfFirstSale/value} */
  Optional<LocalDate> dateOfFirstSale();

  /** @return {@code dateOfFirstSale/yetToOccur} */
  @Value.Default
  default boolean firstSaleYetToOccur() {
    return false;
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

  /** Builds {@link TypeOfFiling} values. */
  final class Builder extends ImmutableTypeOfFiling.Builder {}
}
