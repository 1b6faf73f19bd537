package io.formd.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An amount that may be {@code Indefinite}: the electronic form's Item 13 total offering amount and total
 * remaining (XSD type {@code AMOUNT_OR_INDEFINITE}: digits, or the literal {@code Indefinite}).
 *
 * <p>Equality is by value, as for {@link UsdAmount}.
 */
public final class OfferingAmount {

  /** The literal EDGAR writes for an indefinite amount. */
  public static final String INDEFINITE_LITERAL = "Indefinite";

  /** An indefinite amount (Item 13 "Indefinite" box). */
  public static final OfferingAmount INDEFINITE = new OfferingAmount(null);

  private final UsdAmount amount;

  private OfferingAmount(UsdAmount amount) {
    this.amount = amount;
  }

  /**
   * @param amount a definite amount
   * @return the offering amount holding it
   */
  public static OfferingAmount of(UsdAmount amount) {
    return new OfferingAmount(Objects.requireNonNull(amount, "amount"));
  }

  /**
   * @param dollars whole dollars, non-negative
   * @return the offering amount holding them
   */
  public static OfferingAmount of(long dollars) {
    return of(UsdAmount.of(dollars));
  }

  /** @return {@link #INDEFINITE} */
  public static OfferingAmount indefinite() {
    return INDEFINITE;
  }

  /**
   * Parses the EDGAR text form: {@code Indefinite} or a plain amount.
   *
   * @param text the element text
   * @return the offering amount
   * @throws IllegalArgumentException if the text is neither
   */
  public static OfferingAmount parse(String text) {
    Objects.requireNonNull(text, "text");
    if (INDEFINITE_LITERAL.equals(text)) {
      return INDEFINITE;
    }
    try {
      return of(UsdAmount.parse(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected an amount of US dollars or 'Indefinite', found '" + text + "'", e);
    }
  }

  /** @return true if the amount is {@code Indefinite} */
  public boolean isIndefinite() {
    return amount == null;
  }

  /** @return the definite amount, or empty when {@code Indefinite} */
  public Optional<UsdAmount> amount() {
    return Optional.ofNullable(amount);
  }

  /** @return the EDGAR text: {@code "Indefinite"} or plain digits */
  public String toEdgarString() {
    return amount == null ? INDEFINITE_LITERAL : amount.toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfferingAmount && Objects.equals(((OfferingAmount) o).amount, amount);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(amount);
  }

  /** @return {@link #toEdgarString()} */
  @Override
  public String toString() {
    return toEdgarString();
  }
}
