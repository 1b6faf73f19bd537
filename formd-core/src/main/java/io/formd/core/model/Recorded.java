package io.formd.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An answer the source either records or does not: a group of paper-form boxes, or a Yes/No question whose
 * marks a transcription lost.
 *
 * <p>Unlike {@link Optional}, the empty state has a meaning of its own: "the source does not say", which
 * rules must treat differently from "no" (see {@link Mark}). Equality is by state and value.
 *
 * @param <T> the type of the recorded answer
 */
public final class Recorded<T> {

  private static final Recorded<?> NOT_RECORDED = new Recorded<>(null);

  private final T value;

  private Recorded(T value) {
    this.value = value;
  }

  /**
   * A recorded answer. A {@link java.util.List}, {@link java.util.Set} or {@link java.util.Map} answer is copied
   * into an unmodifiable one (in the same iteration order), so that changing the caller's collection afterwards
   * changes neither the filing nor its hash.
   *
   * @param value the recorded answer
   * @param <T> its type
   * @return a recorded answer
   * @throws NullPointerException if the value, or an element of a collection value, is null
   */
  @SuppressWarnings("unchecked")
  public static <T> Recorded<T> of(T value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof List) {
      return new Recorded<>((T) List.copyOf((List<?>) value));
    }
    if (value instanceof Set) {
      Set<?> set = (Set<?>) value;
      set.forEach(e -> Objects.requireNonNull(e, "an element of value"));
      return new Recorded<>((T) Collections.unmodifiableSet(new LinkedHashSet<>(set)));
    }
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      map.forEach((k, v) -> Objects.requireNonNull(v, "a value of value"));
      return new Recorded<>((T) Collections.unmodifiableMap(new LinkedHashMap<>(map)));
    }
    return new Recorded<>(value);
  }

  /**
   * @param <T> the type the answer would have
   * @return the answer the source does not record
   */
  @SuppressWarnings("unchecked")
  public static <T> Recorded<T> notRecorded() {
    return (Recorded<T>) NOT_RECORDED;
  }

  /** @return true if the source records the answer */
  public boolean isRecorded() {
    return value != null;
  }

  /**
   * @return the recorded answer
   * @throws NoSuchElementException if the source does not record it
   */
  public T value() {
    if (value == null) {
      throw new NoSuchElementException("the source does not record this answer");
    }
    return value;
  }

  /** @return the answer, or empty when not recorded */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /**
   * @param mapper applied to a recorded answer
   * @param <R> the result type
   * @return the mapped answer, or not recorded
   */
  public <R> Recorded<R> map(Function<? super T, ? extends R> mapper) {
    return value == null ? notRecorded() : of(mapper.apply(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recorded && Objects.equals(((Recorded<?>) o).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value == null ? "NotRecorded" : "Recorded[" + value + "]";
  }
}
