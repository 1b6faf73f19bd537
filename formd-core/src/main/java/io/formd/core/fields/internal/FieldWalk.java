package io.formd.core.fields.internal;

import io.formd.core.fields.Field;
import io.formd.core.fields.Kind;
import io.formd.core.model.Recorded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Visits the values a filing holds for a chosen set of rows of the field table, with their model paths. The
 * rows to visit are chosen once ({@link #of}); a walk then descends only into the parts of the filing that can
 * hold them, and spells out a path only when the visitor asks for it (most visits report nothing).
 *
 * <pre>{@code
 * FieldWalk texts = FieldWalk.of(FormDFields.electronic(), field -> field.kind() == Kind.TEXT);
 * texts.walk(filing, (field, value, at) -> System.out.println(at.path() + " = " + value));
 * }</pre>
 *
 * <p>Values are the model's, unwrapped: an absent {@code Optional} or an unrecorded {@code Recorded} is not
 * visited, each element of a list is visited with its index, a {@link Kind#SECURITY_TYPE} or
 * {@link Kind#YEAR_KIND} row is visited with a {@code Boolean} (is its constant the filing's answer). A walk is
 * stateless and thread-safe; its cursor is valid only during the visit.
 */
public final class FieldWalk {

  /** Receives the values of the chosen rows. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param field the row
     * @param value the value (an element, for a list row)
     * @param at where the value is
     */
    void visit(Field field, Object value, Cursor at);

    /**
     * Called once for each list a chosen list row holds, before its elements.
     *
     * @param field the list row
     * @param values the list
     * @param at where the list is ({@link Cursor#path()} is the list's own path, without an index)
     */
    default void list(Field field, List<?> values, Cursor at) {}
  }

  /**
   * Marks values while a snapshot is taken, so that checks which find nothing wrong (nearly all of them) need not
   * visit anything: a mark is a set of bits the caller defines; a snapshot keeps each value's, and their union by
   * row and over the filing.
   */
  @FunctionalInterface
  public interface Marker {
    /**
     * @param field the row
     * @param value the value (for a list row's whole list, the {@code List})
     * @param wholeList whether the value is a list row's whole list
     * @return the value's marks, 0 for none
     */
    int mark(Field field, Object value, boolean wholeList);
  }

  /** Where a visited value is. */
  public interface Cursor {
    /** @return the value's model path, e.g. {@code relatedPersons[2].address.city} */
    String path();
  }

  private static final class Node {
    final Field field;
    final boolean selected;
    final Node[] children;
    // The row's facts a walk reads at every value, kept here beside the children (fewer pointers to chase).
    final Binding binding;
    final boolean wrapper;
    final boolean list;
    final boolean fromRoot;
    final boolean flagOfSet;
    final boolean flagOfKind;
    final Object constant;
    /** For a selected row: its number among the selected rows (see {@link Snapshot}); -1 otherwise. */
    int slot = -1;

    Node(Field field, boolean selected, List<Node> children) {
      this.field = field;
      this.selected = selected;
      this.children = children.toArray(new Node[0]);
      this.wrapper = field.kind() == Kind.WRAPPER;
      this.list = field.isList();
      this.binding = Binding.of(field);
      this.fromRoot = binding.fromRoot();
      this.flagOfSet = field.kind() == Kind.SECURITY_TYPE;
      this.flagOfKind = field.kind() == Kind.YEAR_KIND;
      this.constant = binding.constant().orElse(null);
    }
  }

  private final Node root;
  private final Map<Field, Integer> slots = new HashMap<>();
  private final Marker marker;
  /** Whether unrecorded answers are visited as themselves. */
  private final boolean unrecorded;

  private FieldWalk(Node root, Marker marker, boolean unrecorded) {
    this.root = root;
    this.marker = marker;
    this.unrecorded = unrecorded;
    number(root);
  }

  private void number(Node node) {
    if (node.selected) {
      node.slot = slots.size();
      slots.put(node.field, node.slot);
    }
    for (Node child : node.children) {
      number(child);
    }
  }

  /**
   * @param field a row this walk visits
   * @return its slot, for {@link Snapshot#forEach(int, Visitor)}
   * @throws IllegalArgumentException if the walk does not visit the row
   */
  public int slot(Field field) {
    Integer slot = slots.get(field);
    if (slot == null) {
      throw new IllegalArgumentException(field + " is not among this walk's rows");
    }
    return slot;
  }

  /**
   * Walks a filing once and keeps what it met, so that several checks can each visit their own rows without
   * walking again (the rules engine shares one snapshot among the schema's limit rules).
   *
   * @param filing the root value
   * @return what the walk met, by row
   */
  public Snapshot snapshot(Object filing) {
    Snapshot snapshot = emptySnapshot();
    fill(snapshot, filing);
    return snapshot;
  }

  /** @return a snapshot holding nothing yet, for {@link #fill(Snapshot, Object)} */
  public Snapshot emptySnapshot() {
    Snapshot snapshot = new Snapshot(slots.size(), marker);
    snapshot.unrecorded = unrecorded;
    return snapshot;
  }

  /**
   * Fills a snapshot this walk made before with another filing (or the same), reusing its arrays: a validation
   * engine keeps one per thread.
   *
   * @param snapshot a snapshot from {@link #snapshot(Object)} of this walk
   * @param filing the root value
   */
  public void fill(Snapshot snapshot, Object filing) {
    snapshot.reset(filing);
    int top = root.selected ? snapshot.add(root.field, filing, -1, -1, root.slot, false) : -1;
    snapshotChildren(root, filing, filing, top, snapshot);
  }

  private static void snapshotChildren(Node node, Object value, Object filing, int parent, Snapshot snapshot) {
    for (Node child : node.children) {
      Field field = child.field;
      Object base = child.fromRoot ? filing : value;
      if (child.wrapper) {
        int entry = child.selected ? snapshot.add(field, base, parent, -1, child.slot, false) : parent;
        snapshotChildren(child, base, filing, entry, snapshot);
        continue;
      }
      Object got = child.binding.get(base);
      if (snapshot.unrecorded && child.selected && got instanceof Recorded && !((Recorded<?>) got).isRecorded()) {
        // An answer the source does not record, visited as itself (a list row's too): a page says "not recorded".
        snapshot.add(field, got, parent, -1, child.slot, false);
        continue;
      }
      Object raw = unwrap(child, got);
      if (raw == null) {
        continue;
      }
      if (child.list) {
        List<?> list = raw instanceof List ? (List<?>) raw : new ArrayList<>((Collection<?>) raw);
        if (child.selected) {
          snapshot.add(field, list, parent, Frames.WHOLE_LIST, child.slot, true);
        }
        for (int i = 0; i < list.size(); i++) {
          int entry = snapshot.add(field, list.get(i), parent, i, child.slot, false);
          if (child.children.length > 0) {
            snapshotChildren(child, list.get(i), filing, entry, snapshot);
          }
        }
      } else {
        // Only what a check visits, and list elements (their indexes make paths), is recorded.
        int entry = child.selected ? snapshot.add(field, raw, parent, -1, child.slot, false) : parent;
        if (child.children.length > 0) {
          snapshotChildren(child, raw, filing, entry, snapshot);
        }
      }
    }
  }

  /** @return the value to visit: unwrapped, a flag's Boolean, or null for nothing */
  private static Object unwrap(Node node, Object raw) {
    if (raw instanceof Optional) {
      raw = ((Optional<?>) raw).orElse(null);
    } else if (raw instanceof Recorded) {
      Recorded<?> recorded = (Recorded<?>) raw;
      raw = recorded.isRecorded() ? recorded.value() : null;
    }
    if (raw == null) {
      return null;
    }
    if (node.flagOfSet) {
      return ((Collection<?>) raw).contains(node.constant);
    }
    if (node.flagOfKind) {
      return raw == node.constant;
    }
    return raw;
  }

  /**
   * What one walk of a filing met: for each selected row (by {@link #slot(Field)}), its values in document
   * order, with their paths on demand. Belongs to one thread.
   */
  public static final class Snapshot {
    private Field[] fields = new Field[128];
    private Object[] values = new Object[128];
    private int[] parents = new int[128];
    private int[] indexes = new int[128];
    private int[] next = new int[128];
    /** Each entry's slot, or -1 for a list element recorded only for its index. */
    private int[] slotOf = new int[128];
    private final int[] first;
    private final int[] last;
    private final int[] firstList;
    private final int[] lastList;
    private int size;
    private Object filing;
    private final Marker marker;
    boolean unrecorded;
    /** Whether {@link FieldWalk#walk} is visiting this snapshot (so a nested walk takes another). */
    boolean walking;
    private int[] marks = new int[128];
    private final int[] slotMarks;
    private int allMarks;
    private final EntryCursor cursor = new EntryCursor();

    Snapshot(int slots, Marker marker) {
      this.marker = marker;
      slotMarks = new int[slots];
      first = new int[slots];
      last = new int[slots];
      firstList = new int[slots];
      lastList = new int[slots];
      Arrays.fill(first, -1);
      Arrays.fill(firstList, -1);
    }

    /** @return the filing this snapshot holds (compared by identity) */
    public Object filing() {
      return filing;
    }

    void reset(Object filing) {
      Arrays.fill(values, 0, size, null);
      size = 0;
      this.filing = filing;
      Arrays.fill(first, -1);
      Arrays.fill(firstList, -1);
      Arrays.fill(slotMarks, 0);
      allMarks = 0;
    }

    /** @return the union of the marks of every value */
    public int marks() {
      return allMarks;
    }

    /**
     * @param slot a row's slot
     * @return the union of the marks of the row's values
     */
    public int marks(int slot) {
      return slotMarks[slot];
    }

    /**
     * @param slots rows' slots
     * @return the union of the marks of their values
     */
    public int marks(int[] slots) {
      int union = 0;
      for (int slot : slots) {
        union |= slotMarks[slot];
      }
      return union;
    }

    int add(Field field, Object value, int parent, int index, int slot, boolean wholeList) {
      if (size == fields.length) {
        int n = size * 2;
        fields = Arrays.copyOf(fields, n);
        values = Arrays.copyOf(values, n);
        parents = Arrays.copyOf(parents, n);
        indexes = Arrays.copyOf(indexes, n);
        next = Arrays.copyOf(next, n);
        slotOf = Arrays.copyOf(slotOf, n);
        marks = Arrays.copyOf(marks, n);
      }
      int e = size++;
      fields[e] = field;
      values[e] = value;
      parents[e] = parent;
      indexes[e] = index;
      next[e] = -1;
      slotOf[e] = slot;
      int mark = slot >= 0 && marker != null ? marker.mark(field, value, wholeList) : 0;
      marks[e] = mark;
      if (slot >= 0) {
        slotMarks[slot] |= mark;
        allMarks |= mark;
        int[] heads = wholeList ? firstList : first;
        int[] tails = wholeList ? lastList : last;
        if (heads[slot] < 0) {
          heads[slot] = e;
        } else {
          next[tails[slot]] = e;
        }
        tails[slot] = e;
      }
      return e;
    }

    /**
     * Visits the values of one row (and, for a list row, first the whole list through {@link Visitor#list}).
     *
     * @param slot the row's slot in the walk that took this snapshot
     * @param visitor what to do with each value
     */
    public void forEach(int slot, Visitor visitor) {
      forEach(slot, -1, visitor);
    }

    /** Visits the values of every selected row, in document order (each list before its elements). */
    void forEachInOrder(Visitor visitor) {
      for (int e = 0; e < size; e++) {
        if (slotOf[e] < 0) {
          continue;
        }
        cursor.entry = e;
        if (indexes[e] == Frames.WHOLE_LIST) {
          visitor.list(fields[e], (List<?>) values[e], cursor);
        } else {
          visitor.visit(fields[e], values[e], cursor);
        }
      }
    }

    /**
     * Visits the values of one row that have any of the given marks.
     *
     * @param slot the row's slot in the walk that took this snapshot
     * @param mask the marks to look for; -1 for every value
     * @param visitor what to do with each value
     */
    public void forEach(int slot, int mask, Visitor visitor) {
      if (mask != -1 && (slotMarks[slot] & mask) == 0) {
        return;
      }
      for (int e = firstList[slot]; e >= 0; e = next[e]) {
        if (mask != -1 && (marks[e] & mask) == 0) {
          continue;
        }
        cursor.entry = e;
        visitor.list(fields[e], (List<?>) values[e], cursor);
      }
      for (int e = first[slot]; e >= 0; e = next[e]) {
        if (mask != -1 && (marks[e] & mask) == 0) {
          continue;
        }
        cursor.entry = e;
        visitor.visit(fields[e], values[e], cursor);
      }
    }

    /**
     * Spells out an entry's path from its row's chain of properties and the indexes of the list elements recorded
     * above it (only selected values and list elements are recorded, so the row supplies the rest).
     */
    private final class EntryCursor implements Cursor {
      int entry;

      /** Reused by {@link #path()}: the list indexes above the entry, innermost first, and the rows, leaf first. */
      private int[] listIndexes = new int[8];
      private Field[] rows = new Field[16];
      private final Frames frames = new Frames();

      @Override
      public String path() {
        Field leaf = fields[entry];
        boolean wholeList = indexes[entry] == Frames.WHOLE_LIST;
        int lists = 0;
        long packed = 0;
        for (int e = entry; e >= 0; e = parents[e]) {
          if (indexes[e] >= 0) {
            if (lists == listIndexes.length) {
              listIndexes = Arrays.copyOf(listIndexes, lists * 2);
            }
            listIndexes[lists++] = indexes[e];
            packed = lists <= 3 && indexes[e] < PathKey.MAX_INDEX ? packed << 20 | (indexes[e] + 1) : -1;
          }
        }
        if (packed < 0) {
          return spell(leaf, wholeList, lists);
        }
        PathKey key = new PathKey(leaf, wholeList ? packed | 1L << 62 : packed);
        String path = PATHS.get(key);
        if (path == null) {
          path = spell(leaf, wholeList, lists);
          if (PATHS.size() < PathKey.MAX_CACHED) {
            PATHS.put(key, path);
          }
        }
        return path;
      }

      /** Spells the path of the leaf row with the {@code lists} indexes just gathered. */
      private String spell(Field leaf, boolean wholeList, int lists) {
        int depth = 0;
        for (Field f = leaf; f != null; f = Binding.of(f).parent()) {
          if (depth == rows.length) {
            rows = Arrays.copyOf(rows, depth * 2);
          }
          rows[depth++] = f;
          if (Binding.of(f).fromRoot()) {
            break;
          }
        }
        frames.size = 0;
        for (int r = depth - 1; r >= 0; r--) {
          Field f = rows[r];
          int index = -1;
          if (f == leaf && wholeList) {
            index = Frames.WHOLE_LIST;
          } else if (f.isList() && lists > 0) {
            index = listIndexes[--lists];
          }
          frames.push(f, index);
        }
        return frames.path();
      }
    }
  }

  /**
   * @param root the root row of the table to walk ({@link io.formd.core.fields.FormDFields#electronic()})
   * @param select which rows to visit
   * @return a walk over those rows
   */
  public static FieldWalk of(Field root, Predicate<Field> select) {
    return of(root, select, null);
  }

  /**
   * @param root the root row of the table to walk
   * @param select which rows to visit
   * @param marker what to mark each selected value with when a snapshot is taken, or null
   * @return a walk over those rows
   */
  public static FieldWalk of(Field root, Predicate<Field> select, Marker marker) {
    return of(root, select, marker, false);
  }

  /**
   * @param root the root row of the table to walk
   * @param select which rows to visit
   * @param marker what to mark each selected value with when a snapshot is taken, or null
   * @param unrecorded whether an unrecorded {@code Recorded} is visited as itself (a list row's too, through {@link
   *     Visitor#visit}), not left out as absent
   * @return a walk over those rows
   */
  public static FieldWalk of(Field root, Predicate<Field> select, Marker marker, boolean unrecorded) {
    Node node = prune(root, select);
    return new FieldWalk(node == null ? new Node(root, false, List.of()) : node, marker, unrecorded);
  }

  private static Node prune(Field field, Predicate<Field> select) {
    List<Node> children = new ArrayList<>();
    for (Field child : field.children()) {
      Node node = prune(child, select);
      if (node != null) {
        children.add(node);
      }
    }
    boolean selected = select.test(field);
    return selected || !children.isEmpty() ? new Node(field, selected, children) : null;
  }

  /**
   * @param filing the root value (the filing, for {@link io.formd.core.fields.FormDFields#electronic()})
   * @param visitor what to do with each value
   */
  public void walk(Object filing, Visitor visitor) {
    // The thread's snapshot of this walk, filled anew; a visitor walking again (re-entrant) gets a new one.
    Snapshot snapshot = reusable.get();
    if (snapshot.walking) {
      snapshot = emptySnapshot();
    }
    snapshot.walking = true;
    try {
      fill(snapshot, filing);
      snapshot.forEachInOrder(visitor);
    } finally {
      snapshot.reset(null); // holds no filing between walks
      snapshot.walking = false;
    }
  }

  /** One snapshot per thread for {@link #walk}: no arrays allocated per filing walked. */
  private final ThreadLocal<Snapshot> reusable = ThreadLocal.withInitial(this::emptySnapshot);

  /**
   * The paths spelled so far, by row and list indexes: two filings have most paths in common, and a string made once
   * also keeps its hash for the maps that use it as a key. Bounded: beyond {@link PathKey#MAX_CACHED} paths (or for
   * a value under more than three lists, or at an index past {@link PathKey#MAX_INDEX}) a path is spelled each time.
   */
  private static final ConcurrentHashMap<PathKey, String> PATHS =
      new ConcurrentHashMap<>();

  /** A value's row and its list indexes, 20 bits each (plus one), and (bit 62) whether it is the whole list. */
  private record PathKey(Field row, long indexes) {
    static final int MAX_INDEX = (1 << 20) - 2;
    static final int MAX_CACHED = 100_000;

    @Override
    public boolean equals(Object o) {
      return o instanceof PathKey && ((PathKey) o).row == row && ((PathKey) o).indexes == indexes;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(row) * 31 + Long.hashCode(indexes);
    }
  }

  /** The rows and indexes from the root to the value being visited. */
  private static final class Frames implements Cursor {
    static final int WHOLE_LIST = -2;
    private Field[] fields = new Field[16];
    private int[] indexes = new int[16];
    private int size;

    void push(Field field, int index) {
      if (size == fields.length) {
        fields = Arrays.copyOf(fields, size * 2);
        indexes = Arrays.copyOf(indexes, size * 2);
      }
      fields[size] = field;
      indexes[size++] = index;
    }

    @Override
    public String path() {
      StringBuilder path = new StringBuilder(48);
      for (int i = 0; i < size; i++) {
        Binding f = Binding.of(fields[i]);
        if (f.fromRoot()) {
          path.setLength(0);
        }
        String property = f.property();
        if (property == null) {
          continue;
        }
        if (path.length() > 0) {
          path.append('.');
        }
        boolean wholeList = indexes[i] == WHOLE_LIST;
        path.append(wholeList && i > 0 && Binding.of(fields[i - 1]).alias() != null ? Binding.of(fields[i - 1])
            .alias() : property);
        if (f.fixedIndex() >= 0) {
          path.append('[').append(f.fixedIndex()).append(']');
        } else if (f.field().isList() && indexes[i] >= 0) {
          path.append('[').append(indexes[i] + f.indexOffset()).append(']');
        }
      }
      return path.toString();
    }
  }
}
