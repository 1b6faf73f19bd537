package io.formd.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A count of investors on the paper form (Part C question 2, appendix column 4), kept as stated: a number,
 * a token standing for one ({@code -0-}), a token standing for none ({@code n/a}), or a blank cell. The
 * counterpart of {@link StatedAmount} for head counts.
 */
public final class StatedCount {

  private static final StatedCount BLANK = new StatedCount(null, null);

  private final Long count;
  private final String asWritten;

  private StatedCount(Long count, String asWritten) {
    this.count = count;
    this.asWritten = asWritten;
  }

  /**
   * @param count a plainly written count, non-negative
   * @return the stated count
   * @throws IllegalArgumentException if the count is negative
   */
  public static StatedCount of(long count) {
    return new StatedCount(requireNonNegative(count), null);
  }

  /**
   * @param asWritten a token such as {@code -0-}
   * @param count what it stands for, non-negative
   * @return the stated count
   */
  public static StatedCount written(String asWritten, long count) {
    return new StatedCount(requireNonNegative(count), requireText(asWritten));
  }

  /**
   * @param asWritten a token that stands for no count, such as {@code n/a}
   * @return the stated count
   */
  public static StatedCount written(String asWritten) {
    return new StatedCount(null, requireText(asWritten));
  }

  /** @return an empty cell */
  public static StatedCount blank() {
    return BLANK;
  }

  private static long requireNonNegative(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count of investors cannot be negative, found " + count);
    }
    return count;
  }

  private static String requireText(String asWritten) {
    Objects.requireNonNull(asWritten, "asWritten");
    if (asWritten.isBlank()) {
      throw new IllegalArgumentException("a written token must not be blank; use StatedCount.blank()");
    }
    return asWritten;
  }

  /** @return the count this cell stands for; empty for {@code n/a} or a blank cell */
  public Optional<Long> count() {
    return Optional.ofNullable(count);
  }

  /** @return the token as written when it was not a plain number */
  public Optional<String> asWritten() {
    return Optional.ofNullable(asWritten);
  }

  /** @return true if the cell is empty */
  public boolean isBlank() {
    return count == null && asWritten == null;
  }

  /** @return the count, or zero for {@code n/a} and blank cells */
  public long orZero() {
    return count == null ? 0 : count;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StatedCount)) {
      return false;
    }
    StatedCount other = (StatedCount) o;
    return Objects.equals(count, other.count) && Objects.equals(asWritten, other.asWritten);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, asWritten);
  }

  @Override
  public String toString() {
    return asWritten != null ? asWritten : count != null ? count.toString() : "";
  }
}
