package io.formd.json.canonical;

import io.formd.core.fields.FormDFields;
import io.formd.core.model.Edition;
import io.formd.json.SourceMap;
import io.formd.json.SourcePosition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Member positions of a canonical JSON document, by member path ({@link FormDFields#jsonPath}). While reading,
 * each member and element is noted cheaply (its parent's entry, its name or index, its line and column: no path
 * is built); the first {@link #locate} spells out the paths.
 */
public final class JsonSourceMap implements SourceMap {

  private final SourcePosition root;
  private Edition edition;
  /** Per entry: its parent's entry, -1 for the top object's members. */
  private int[] parents;
  /** Per entry: the member's name, or null for an array element (its index is counted when paths are spelled). */
  private String[] names;
  /** Per entry: where its value starts. */
  private int[] lines;
  private int[] columns;
  private int size;
  private Map<String, SourcePosition> positions;

  /**
   * @param root where the document starts
   * @param expected about how many members and elements it has (the arrays grow past it)
   */
  public JsonSourceMap(SourcePosition root, int expected) {
    this.root = root;
    int capacity = Math.max(16, expected);
    parents = new int[capacity];
    names = new String[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
  }

  public JsonSourceMap(SourcePosition root) {
    this(root, 128);
  }

  /** A map of the members of a tree read with {@link JsonValue#readLocated}. */
  public static JsonSourceMap of(JsonValue tree, SourcePosition root) {
    JsonSourceMap map = new JsonSourceMap(root);
    map.addAll(tree, -1);
    return map;
  }

  private void addAll(JsonValue node, int entry) {
    if (node.lines == null) {
      return;
    }
    for (int i = 0; i < node.size; i++) {
      int child = add(entry, node.isObject() ? node.names[i] : null, node.lines[i], node.columns[i]);
      addAll(node.values[i], child);
    }
  }

  /** The edition the paths are of: known once the filing is read. */
  public JsonSourceMap edition(Edition edition) {
    this.edition = edition;
    return this;
  }

  /**
   * @param parent the entry of the enclosing member or element, or -1 for the top object
   * @param name the member's name, or null for an array element (elements of one array come in order)
   * @param line where its value starts; 0 if unknown
   * @param column where its value starts
   * @return the new entry
   */
  int add(int parent, String name, int line, int column) {
    if (size == parents.length) {
      int grown = size + (size >> 1);
      parents = Arrays.copyOf(parents, grown);
      names = Arrays.copyOf(names, grown);
      lines = Arrays.copyOf(lines, grown);
      columns = Arrays.copyOf(columns, grown);
    }
    parents[size] = parent;
    names[size] = name;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }

  /** Member paths are spelled out on the first lookup only: most located reads are never asked. */
  public synchronized Map<String, SourcePosition> positions() {
    if (positions == null) {
      positions = new HashMap<>(size * 2);
      String[] paths = new String[size];
      // An element's index: how many elements of its array came before it.
      int[] elements = new int[size];
      for (int i = 0; i < size; i++) {
        int up = parents[i];
        String parent = up < 0 ? "" : paths[up];
        String path = names[i] == null ? parent + "[" + (up < 0 ? 0 : elements[up]++) + "]"
            : parent.isEmpty() ? names[i] : parent + "." + names[i];
        paths[i] = path;
        if (lines[i] > 0) {
          positions.put(path, new SourcePosition(lines[i], Math.max(columns[i], 1)));
        }
      }
      parents = null;
      names = null;
      lines = null;
      columns = null;
    }
    return positions;
  }

  @Override
  public Optional<SourcePosition> locate(String path) {
    Map<String, SourcePosition> positions = positions();
    String json = path.isEmpty() ? "" : FormDFields.jsonPath(edition, path).orElse("");
    while (!json.isEmpty()) {
      SourcePosition at = positions.get(json);
      if (at != null) {
        return Optional.of(at);
      }
      int cut = Math.max(json.lastIndexOf('.'), json.lastIndexOf('['));
      json = cut < 0 ? "" : json.substring(0, cut);
    }
    return Optional.of(root);
  }
}
