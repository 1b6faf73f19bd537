package io.formd.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One dollar cell of the paper form, kept exactly as the filer stated it.
 *
 * <p>The paper form says "enter 0 if the answer is none or zero", but filers wrote {@code -0-},
 * {@code n/a}, {@code none} or nothing at all (the paper Form D, OMB 3235-0076). A stated amount keeps
 * both the amount it stands for, when it stands for one, and the token as written when that was not a plain
 * number, so the filing can be written back as it was:
 *
 * <ul>
 *   <li>{@code $ 10,000,000.00} → {@code StatedAmount.of(UsdAmount.of(10_000_000))}</li>
 *   <li>{@code $ -0-} → {@code StatedAmount.written("-0-", UsdAmount.ZERO)}</li>
 *   <li>{@code $ n/a} → {@code StatedAmount.written("n/a")} (no amount)</li>
 *   <li>an empty cell → {@link #blank()}</li>
 * </ul>
 *
 * <p>Totals on the paper form are stated amounts too: rules compare what was written, never a recomputed
 * figure.
 */
public final class StatedAmount {

  private static final StatedAmount BLANK = new StatedAmount(null, null);

  private final UsdAmount amount;
  private final String asWritten;

  private StatedAmount(UsdAmount amount, String asWritten) {
    this.amount = amount;
    this.asWritten = asWritten;
  }

  /**
   * @param amount a plainly written amount
   * @return the stated amount
   */
  public static StatedAmount of(UsdAmount amount) {
    return new StatedAmount(Objects.requireNonNull(amount, "amount"), null);
  }

  /**
   * @param dollars whole dollars
   * @return the stated amount
   */
  public static StatedAmount of(long dollars) {
    return of(UsdAmount.of(dollars));
  }

  /**
   * A token that stands for an amount, such as {@code -0-} for zero or {@code no minimum} for zero.
   *
   * @param asWritten the token, not blank
   * @param amount what it stands for
   * @return the stated amount
   */
  public static StatedAmount written(String asWritten, UsdAmount amount) {
    return new StatedAmount(Objects.requireNonNull(amount, "amount"), requireText(asWritten));
  }

  /**
   * A token that stands for no amount, such as {@code n/a}.
   *
   * @param asWritten the token, not blank
   * @return the stated amount
   */
  public static StatedAmount written(String asWritten) {
    return new StatedAmount(null, requireText(asWritten));
  }

  /** @return an empty cell */
  public static StatedAmount blank() {
    return BLANK;
  }

  private static String requireText(String asWritten) {
    Objects.requireNonNull(asWritten, "asWritten");
    if (asWritten.isBlank()) {
      throw new IllegalArgumentException("a written token must not be blank; use StatedAmount.blank()");
    }
    return asWritten;
  }

  /** @return the amount this cell stands for; empty for {@code n/a} or a blank cell */
  public Optional<UsdAmount> amount() {
    return Optional.ofNullable(amount);
  }

  /** @return the token as written when it was not a plain amount ({@code -0-}, {@code n/a}) */
  public Optional<String> asWritten() {
    return Optional.ofNullable(asWritten);
  }

  /** @return true if the cell is empty: no amount and no token */
  public boolean isBlank() {
    return amount == null && asWritten == null;
  }

  /** @return the amount, or zero for {@code n/a} and blank cells (the form's "enter 0 if none") */
  public UsdAmount orZero() {
    return amount == null ? UsdAmount.ZERO : amount;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StatedAmount)) {
      return false;
    }
    StatedAmount other = (StatedAmount) o;
    return Objects.equals(amount, other.amount) && Objects.equals(asWritten, other.asWritten);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, asWritten);
  }

  /** @return the token as written, else the amount formatted as {@code $1,000.00}, else an empty string */
  @Override
  public String toString() {
    return asWritten != null ? asWritten : amount != null ? amount.format() : "";
  }
}
