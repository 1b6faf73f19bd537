package io.formd.core.fields.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A row's accessor, setter, builder or code lookup as one case of a switch, not a lambda: the field table's electronic
 * rows are bound this way (one class, so the reader's and the walk's calls through a {@link Binding} go to one
 * place and nothing is linked at start-up). A {@link Binding} calls a slot directly, not through the functional
 * interface it also is, so that the call has one target.
 */
public abstract class Slot implements Function<Object, Object>, BiConsumer<Object, Object>, Supplier<Object> {

  /** The case. */
  protected final int id;

  /** @param id the case */
  protected Slot(int id) {
    this.id = id;
  }

  /**
   * @param use what the slot was used for ({@code apply}, {@code accept}, {@code get})
   * @return the exception for a slot used for something it has no case for: a mistake in the table
   */
  protected final IllegalStateException unknown(String use) {
    return new IllegalStateException("slot " + id + " of " + getClass().getSimpleName() + " has no case for " + use);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }
}
