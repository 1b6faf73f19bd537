package io.formd.core.fields.internal;

import io.formd.core.fields.Field;
import io.formd.core.fields.Kind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one row of the field table is bound to the model: its accessor, setter, builder, code lookup and the few
 * placement facts the formats need. The row's public face, what the specification and the printed form say, is
 * its {@link Field}; this is the engine's side, in a package exported only to {@code io.formd.json}.
 *
 * <p>Look a binding up once per row ({@link #of(Field)}) and keep it in a plan; nothing here is meant to be looked
 * up per element.
 */
public final class Binding {

  private static volatile Function<Field, Binding> access;

  private final Field field;
  private final String property;
  private final String alias;
  private final Function<Object, Object> accessor;
  private final int fixedIndex;
  private final int indexOffset;
  private final boolean fromRoot;
  private final Object constant;
  private final boolean noneWhenAbsent;
  private final BiConsumer<Object, Object> setter;
  private final boolean setsWholeList;
  private final boolean recorded;
  private final Supplier<Object> newBuilder;
  private final Function<Object, Object> build;
  private final Function<String, Object> parser;
  private final Object missingValue;
  /** The same as the functions above where they are {@link Slot}s, called directly (one call target); else null. */
  private final Slot accessorSlot;
  private final Slot setterSlot;
  private final Slot newBuilderSlot;
  private final Slot buildSlot;
  private final Slot parserSlot;
  /** The children's bindings, looked up on first use (a benign race: every thread computes the same list). */
  private List<Binding> children;

  /** What a row's builder gathered; only {@code io.formd.core.fields} makes one. */
  public record Parts(String property, String alias, Function<Object, Object> accessor, int fixedIndex, int indexOffset,
      boolean fromRoot,
      Object constant, boolean noneWhenAbsent, BiConsumer<Object, Object> setter, boolean setsWholeList,
      boolean recorded, Supplier<Object> newBuilder, Function<Object, Object> build,
      Function<String, Object> parser, Object missingValue) {}

  /**
   * @param field the row
   * @param parts its binding
   */
  public Binding(Field field, Parts parts) {
    this.field = Objects.requireNonNull(field, "field");
    this.property = parts.property();
    this.alias = parts.alias();
    this.accessor = parts.accessor();
    this.fixedIndex = parts.fixedIndex();
    this.indexOffset = parts.indexOffset();
    this.fromRoot = parts.fromRoot();
    this.constant = parts.constant();
    this.noneWhenAbsent = parts.noneWhenAbsent();
    this.setter = parts.setter();
    this.setsWholeList = parts.setsWholeList();
    this.recorded = parts.recorded();
    this.newBuilder = parts.newBuilder();
    this.build = parts.build();
    this.parser = parts.parser();
    this.missingValue = parts.missingValue();
    this.accessorSlot = slot(accessor);
    this.setterSlot = slot(setter);
    this.newBuilderSlot = slot(newBuilder);
    this.buildSlot = slot(build);
    this.parserSlot = slot(parser);
  }

  /**
   * @return whether every function of the row that is not the identity (a root's accessor) is a {@link Slot}:
   *     true for every electronic row, so that none is a lambda linked at start-up
   */
  public boolean boundBySlots() {
    return (accessor == null || accessor == Function.identity() || accessorSlot != null)
        && (setter == null || setterSlot != null) && (newBuilder == null || newBuilderSlot != null)
        && (build == null || buildSlot != null) && (parser == null || parserSlot != null);
  }

  private static Slot slot(Object function) {
    return function instanceof Slot ? (Slot) function : null;
  }

  /**
   * @param field a row of {@code FormDFields}
   * @return its binding (the same object every time)
   */
  public static Binding of(Field field) {
    return access.apply(field);
  }

  /**
   * Called once, by {@link Field}'s class initialiser, with the way to a row's binding.
   *
   * @param way the way
   * @throws IllegalStateException on any later call
   */
  public static synchronized void install(Function<Field, Binding> way) {
    if (access != null) {
      throw new IllegalStateException("the field table's bindings are installed once, by Field");
    }
    access = way;
  }

  /** @return the row this binds */
  public Field field() {
    return field;
  }

  /** @return the model accessor's name, or null for a {@link Kind#WRAPPER} (as {@link Field#property()}) */
  public String property() {
    return property;
  }

  /** @return for a wrapper: the model name under which a finding on the whole list it holds names it, or null */
  public String alias() {
    return alias;
  }

  /** @return the parent row, or null for a root */
  public Field parent() {
    return field.parent().orElse(null);
  }

  /** @return the bindings of the row's children, in document order (the same list every time) */
  public List<Binding> children() {
    List<Binding> c = children;
    if (c == null) {
      List<Field> rows = field.children();
      Binding[] bound = new Binding[rows.size()];
      for (int i = 0; i < bound.length; i++) {
        bound[i] = of(rows.get(i));
      }
      c = List.of(bound);
      children = c;
    }
    return c;
  }

  /** @return the row's kind (as {@link Field#kind()}) */
  public Kind kind() {
    return field.kind();
  }

  /** @return the fixed index of a single value in a list the model presents as one ({@code issuers[0]}), or -1 */
  public int fixedIndex() {
    return fixedIndex;
  }

  /** @return what to add to an index of this row's list to get the model path's index ({@code issuers[i + 1]}) */
  public int indexOffset() {
    return indexOffset;
  }

  /** @return true when the row's model value is read from the filing itself, not from its XML parent's value */
  public boolean fromRoot() {
    return fromRoot;
  }

  /** @return for {@link Kind#YEAR_KIND} and {@link Kind#SECURITY_TYPE}: the enum constant the flag stands for */
  public Optional<Object> constant() {
    return Optional.ofNullable(constant);
  }

  /** @return true for texts the schema writes as {@code None} when the model holds none (CRD numbers) */
  public boolean noneWhenAbsent() {
    return noneWhenAbsent;
  }

  /**
   * @param parentValue the model value of the row's model parent (the filing, for {@link #fromRoot()} rows)
   * @return what the model accessor returns: a value, an {@code Optional}, a {@code List} or a {@code Recorded},
   *     as the model declares it; the parent value itself for a {@link Kind#WRAPPER}
   */
  public Object get(Object parentValue) {
    Slot slot = accessorSlot;
    return slot != null ? slot.apply(parentValue) : accessor.apply(parentValue);
  }

  /** @return whether a format can put a value of this row into the model ({@link #set}) */
  public boolean settable() {
    return setter != null;
  }

  /**
   * Puts a value read from a document into the model value being built for the row's model parent.
   *
   * @param builder what {@link #newBuilder()} of the model parent row gave
   * @param value the value: an element of a list row (or, where {@link #setsWholeList()}, the whole list); the
   *     enum constant of a {@link Kind#YEAR_KIND} or {@link Kind#SECURITY_TYPE} flag that is set; {@code true} for
   *     {@link Kind#NONE} and {@link Kind#ALL_STATES}
   * @throws IllegalStateException if the row has no setter
   */
  public void set(Object builder, Object value) {
    if (setter == null) {
      throw new IllegalStateException(field + " has no setter");
    }
    Slot slot = setterSlot;
    if (slot != null) {
      slot.accept(builder, value);
    } else {
      setter.accept(builder, value);
    }
  }

  /** @return whether {@link #set} takes a list row's whole list at once (collected by the reader) */
  public boolean setsWholeList() {
    return setsWholeList;
  }

  /**
   * @return whether the model holds the row's value as a {@code Recorded} answer (a paper box or list a
   *     transcription may have lost): {@link #set} then takes the {@code Recorded}
   */
  public boolean recorded() {
    return recorded;
  }

  /** @return whether the row builds a model value of its own ({@link #newBuilder()}, {@link #build}) */
  public boolean builds() {
    return newBuilder != null;
  }

  /** @return a new builder for this group row's model value (or for its holder, where the model has no builder) */
  public Object newBuilder() {
    if (newBuilder == null) {
      throw new IllegalStateException(field + " builds no model value");
    }
    Slot slot = newBuilderSlot;
    return slot != null ? slot.get() : newBuilder.get();
  }

  /**
   * @param builder what {@link #newBuilder()} gave, filled
   * @return the model value
   * @throws IllegalStateException naming, in brackets, the model properties that are required and missing
   *     (Immutables' own message)
   */
  public Object build(Object builder) {
    Slot slot = buildSlot;
    return slot != null ? slot.apply(builder) : build.apply(builder);
  }

  /**
   * @param code a {@link Kind#CODE} value as written
   * @return the model's constant for it
   * @throws io.formd.core.model.UnknownCodeException if there is none
   */
  public Object parse(String code) {
    Slot slot = parserSlot;
    return slot != null ? slot.apply(code) : parser.apply(code);
  }

  /**
   * @return what the model holds for the row when a document lacks it, where the model requires a value but can
   *     hold an answer that says nothing (an empty text, which the rules report); empty where it cannot
   */
  public Optional<Object> missingValue() {
    return Optional.ofNullable(missingValue);
  }

  @Override
  public String toString() {
    return "Binding[" + field + "]";
  }
}
