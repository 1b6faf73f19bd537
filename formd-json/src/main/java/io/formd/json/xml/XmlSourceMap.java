package io.formd.json.xml;

import io.formd.json.SourceMap;
import io.formd.json.SourcePosition;

import io.formd.core.fields.FormDFields;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Element positions of an EDGAR XML document. While reading, the reader notes each start tag cheaply (its parent,
 * its name, its character offset: no string is built); the first {@link #locate} turns them into element paths
 * with the index of each repeated element ({@link FormDFields#xmlPath(String)}) and lines and columns.
 */
public final class XmlSourceMap implements SourceMap {

  private static final String ROOT = "edgarSubmission";

  private int[] parents = new int[256];
  private String[] names = new String[256];
  private long[] offsets = new long[256];
  private int size;
  private byte[] body;
  private int offsetLines;
  private Map<String, SourcePosition> positions;

  /** The document the offsets are in, and the lines skipped before it. */
  public void source(byte[] body, int offsetLines) {
    this.body = body;
    this.offsetLines = offsetLines;
  }

  /** Forgets what was added: a read that gave up begins again. */
  void clear() {
    size = 0;
  }

  /**
   * @param parent the parent element's entry, or -1 for the root
   * @param name the element's local name
   * @param offset the character offset of its start tag
   * @return the element's entry
   */
  int add(int parent, String name, long offset) {
    if (size == parents.length) {
      parents = Arrays.copyOf(parents, size * 2);
      names = Arrays.copyOf(names, size * 2);
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    parents[size] = parent;
    names[size] = name;
    offsets[size] = offset;
    return size++;
  }

  synchronized Map<String, SourcePosition> positions() {
    if (positions != null) {
      return positions;
    }
    Map<String, SourcePosition> map = new HashMap<>(size * 2);
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    String[] paths = new String[size];
    Map<String, Integer> occurrences = new HashMap<>();
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    for (int i = 0; i < size; i++) {
      String name = names[i];
      String path = parents[i] < 0 ? name : paths[parents[i]] + "/" + name;
      if (parents[i] >= 0 && FormDFields.repeatable(name)) {
        int index = occurrences.merge(parents[i] + "/" + name, 1, Integer::sum) - 1;
        path = path + "[" + index + "]";
      }
      paths[i] = path;
      int offset = (int) Math.min(offsets[i], text.length());
      if (offset < scanned) {
        // Offsets come in document order; should one not, count again from the start.
        line = 1;
        lineStart = 0;
        scanned = 0;
      }
      for (; scanned < offset; scanned++) {
        if (text.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      map.putIfAbsent(path, new SourcePosition(line + offsetLines, offset - lineStart + 1));
    }
    positions = map;
    body = null;
    return map;
  }

  @Override
  public Optional<SourcePosition> locate(String path) {
    Map<String, SourcePosition> map = positions();
    String xml = path.isEmpty() ? ROOT : FormDFields.xmlPath(path).orElse(ROOT);
    while (true) {
      SourcePosition at = map.get(xml);
      if (at != null) {
        return Optional.of(at);
      }
      int slash = xml.lastIndexOf('/');
      if (slash < 0) {
        return Optional.ofNullable(map.get(ROOT));
      }
      xml = xml.substring(0, slash);
    }
  }
}
