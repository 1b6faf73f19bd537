package io.formd.core.fake;

import java.time.LocalDate;
import java.util.List;

/**
 * SplitMix64 (Steele, Lea, Flood 2014), written out here so that a seed gives the same numbers on every JVM
 * and release: nothing depends on {@code java.util.Random} or {@code SplittableRandom} internals.
 */
final class Rng {

  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** @return a uniform int in [0, bound) */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /** @return a uniform long in [min, max] */
  long between(long min, long max) {
    return min + Math.floorMod(nextLong(), max - min + 1);
  }

  int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  boolean chance(int percent) {
    return nextInt(100) < percent;
  }

  <T> T pick(List<T> values) {
    return values.get(nextInt(values.size()));
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[nextInt(values.length)];
  }

  LocalDate dateBetween(LocalDate from, LocalDate to) {
    return from.plusDays(between(0, to.toEpochDay() - from.toEpochDay()));
  }

  /** A round figure with two significant digits between min and max, e.g. 2,500,000. */
  long round(long min, long max) {
    long value = between(min, max);
    long scale = 1;
    while (value / scale >= 100) {
      scale *= 10;
    }
    long rounded = (value / scale) * scale;
    return Math.max(min, Math.min(max, rounded));
  }

  /** @return a digit string of exactly {@code length} digits */
  String digits(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('0' + nextInt(10)));
    }
    return s.toString();
  }
}
