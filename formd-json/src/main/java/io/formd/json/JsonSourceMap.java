package io.formd.json;

import io.formd.core.fields.FormDFields;
import io.formd.core.model.Edition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Member positions of a canonical JSON document, by member path ({@link FormDFields#jsonPath}). While reading,
 * each member and element is noted cheaply (its parent's entry, its name or index, its line and column: no path
 * is built); the first {@link #locate} spells out the paths.
 */
final class JsonSourceMap implements SourceMap {

  private final SourcePosition root;
  private Edition edition;
  private int[] parents = new int[128];
  /** The member's name, or null for an array element (then {@link #lines}' slot's index is in {@link #indices}). */
  private String[] names = new String[128];
  private int[] indices = new int[128];
  private int[] lines = new int[128];
  private int[] columns = new int[128];
  private int size;
  private Map<String, SourcePosition> positions;

  JsonSourceMap(SourcePosition root) {
    this.root = root;
  }

  /** A map of the members of a tree read with {@link JsonValue#readLocated}. */
  static JsonSourceMap of(JsonValue tree, SourcePosition root) {
    JsonSourceMap map = new JsonSourceMap(root);
    map.addAll(tree, -1);
    return map;
  }

  private void addAll(JsonValue node, int entry) {
    if (node.lines == null) {
      return;
    }
    for (int i = 0; i < node.size; i++) {
      int child = add(entry, node.isObject() ? node.names[i] : null, i, node.lines[i], node.columns[i]);
      addAll(node.values[i], child);
    }
  }

  /** The edition the paths are of: known once the filing is read. */
  JsonSourceMap edition(Edition edition) {
    this.edition = edition;
    return this;
  }

  /**
   * @param parent the entry of the enclosing member or element, or -1 for the top object
   * @param name the member's name, or null for an array element
   * @param index the element's index (ignored for a member)
   * @param line where its value starts; 0 if unknown
   * @param column where its value starts
   * @return the new entry
   */
  int add(int parent, String name, int index, int line, int column) {
    if (size == parents.length) {
      int grown = size * 2;
      parents = Arrays.copyOf(parents, grown);
      names = Arrays.copyOf(names, grown);
      indices = Arrays.copyOf(indices, grown);
      lines = Arrays.copyOf(lines, grown);
      columns = Arrays.copyOf(columns, grown);
    }
    parents[size] = parent;
    names[size] = name;
    indices[size] = index;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }

  /** Member paths are spelled out on the first lookup only: most located reads are never asked. */
  synchronized Map<String, SourcePosition> positions() {
    if (positions == null) {
      positions = new HashMap<>(size * 2);
      String[] paths = new String[size];
      for (int i = 0; i < size; i++) {
        String parent = parents[i] < 0 ? "" : paths[parents[i]];
        String path = names[i] == null ? parent + "[" + indices[i] + "]"
            : parent.isEmpty() ? names[i] : parent + "." + names[i];
        paths[i] = path;
        if (lines[i] > 0) {
          positions.put(path, new SourcePosition(lines[i], Math.max(columns[i], 1)));
        }
      }
      parents = null;
      names = null;
      indices = null;
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
