package io.formd.core.fields;

import io.formd.core.model.Recorded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

  /** Where a visited value is. */
  public interface Cursor {
    /** @return the value's model path, e.g. {@code relatedPersons[2].address.city} */
    String path();
  }

  private static final class Node {
    final Field field;
    final boolean selected;
    final Node[] children;

    Node(Field field, boolean selected, List<Node> children) {
      this.field = field;
      this.selected = selected;
      this.children = children.toArray(new Node[0]);
    }
  }

  private final Node root;

  private FieldWalk(Node root) {
    this.root = root;
  }

  /**
   * @param root the root row of the table to walk ({@link FormDFields#electronic()})
   * @param select which rows to visit
   * @return a walk over those rows
   */
  public static FieldWalk of(Field root, Predicate<Field> select) {
    Node node = prune(root, select);
    return new FieldWalk(node == null ? new Node(root, false, List.of()) : node);
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
   * @param filing the root value (the filing, for {@link FormDFields#electronic()})
   * @param visitor what to do with each value
   */
  public void walk(Object filing, Visitor visitor) {
    Frames frames = new Frames();
    frames.push(root.field, -1);
    if (root.selected) {
      visitor.visit(root.field, filing, frames);
    }
    children(root, filing, filing, frames, visitor);
  }

  private static void children(Node node, Object value, Object filing, Frames frames, Visitor visitor) {
    for (Node child : node.children) {
      Field field = child.field;
      Object base = field.fromRoot() ? filing : value;
      if (field.kind() == Kind.WRAPPER) {
        frames.push(field, -1);
        if (child.selected) {
          visitor.visit(field, base, frames);
        }
        children(child, base, filing, frames, visitor);
        frames.pop();
        continue;
      }
      Object raw = field.get(base);
      if (raw instanceof Optional) {
        if (((Optional<?>) raw).isEmpty()) {
          continue;
        }
        raw = ((Optional<?>) raw).get();
      } else if (raw instanceof Recorded) {
        if (!((Recorded<?>) raw).isRecorded()) {
          continue;
        }
        raw = ((Recorded<?>) raw).value();
      }
      if (field.kind() == Kind.SECURITY_TYPE) {
        raw = ((Collection<?>) raw).contains(field.constant().orElseThrow());
      } else if (field.kind() == Kind.YEAR_KIND) {
        raw = raw == field.constant().orElseThrow();
      }
      if (field.isList()) {
        List<?> list = raw instanceof List ? (List<?>) raw : new ArrayList<>((Collection<?>) raw);
        if (child.selected) {
          frames.push(field, Frames.WHOLE_LIST);
          visitor.list(field, list, frames);
          frames.pop();
        }
        for (int i = 0; i < list.size(); i++) {
          one(child, list.get(i), i, filing, frames, visitor);
        }
      } else {
        one(child, raw, -1, filing, frames, visitor);
      }
    }
  }

  private static void one(Node node, Object value, int index, Object filing, Frames frames, Visitor visitor) {
    frames.push(node.field, index);
    if (node.selected) {
      visitor.visit(node.field, value, frames);
    }
    if (node.children.length > 0) {
      children(node, value, filing, frames, visitor);
    }
    frames.pop();
  }

  /** The rows and indexes from the root to the value being visited. */
  private static final class Frames implements Cursor {
    static final int WHOLE_LIST = -2;
    private Field[] fields = new Field[16];
    private int[] indexes = new int[16];
    private int size;

    void push(Field field, int index) {
      if (size == fields.length) {
        fields = java.util.Arrays.copyOf(fields, size * 2);
        indexes = java.util.Arrays.copyOf(indexes, size * 2);
      }
      fields[size] = field;
      indexes[size++] = index;
    }

    void pop() {
      size--;
    }

    @Override
    public String path() {
      StringBuilder path = new StringBuilder(48);
      for (int i = 0; i < size; i++) {
        Field f = fields[i];
        if (f.fromRoot()) {
          path.setLength(0);
        }
        Optional<String> property = f.property();
        if (property.isEmpty()) {
          continue;
        }
        if (path.length() > 0) {
          path.append('.');
        }
        boolean wholeList = indexes[i] == WHOLE_LIST;
        path.append(wholeList && i > 0 && fields[i - 1].alias != null ? fields[i - 1].alias : property.get());
        if (f.fixedIndex() >= 0) {
          path.append('[').append(f.fixedIndex()).append(']');
        } else if (f.isList() && indexes[i] >= 0) {
          path.append('[').append(indexes[i] + f.indexOffset()).append(']');
        }
      }
      return path.toString();
    }
  }
}
