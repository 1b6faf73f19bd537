package io.formd.json;

import io.formd.core.fields.FormDFields;
import io.formd.core.model.Edition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Member positions of a canonical JSON document, by member path ({@link FormDFields#jsonPath}). */
final class JsonSourceMap implements SourceMap {

  private final Edition edition;
  private final SourcePosition root;
  private JsonValue tree;
  private Map<String, SourcePosition> positions;

  JsonSourceMap(Edition edition, JsonValue tree, SourcePosition root) {
    this.edition = edition;
    this.root = root;
    this.tree = tree;
  }

  /** Member paths are spelled out on the first lookup only: most located reads are never asked. */
  private synchronized Map<String, SourcePosition> positions() {
    if (positions == null) {
      positions = new HashMap<>(256);
      collect(tree, "");
      tree = null;
    }
    return positions;
  }

  private void collect(JsonValue node, String path) {
    if (node.lines == null) {
      return;
    }
    for (int i = 0; i < node.size; i++) {
      String child = node.isObject() ? (path.isEmpty() ? node.names[i] : path + "." + node.names[i]) : path + "[" + i + "]";
      if (node.lines[i] > 0) {
        positions.put(child, new SourcePosition(node.lines[i], Math.max(node.columns[i], 1)));
      }
      collect(node.values[i], child);
    }
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
