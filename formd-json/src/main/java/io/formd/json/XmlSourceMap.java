package io.formd.json;

import io.formd.core.fields.FormDFields;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Element positions of an EDGAR XML document, by element path with the index of each repeated element
 * ({@link FormDFields#xmlPath(String)}), recorded as the reader meets each start tag.
 */
final class XmlSourceMap implements SourceMap {

  private static final String ROOT = "edgarSubmission";
  private final Map<String, SourcePosition> positions = new HashMap<>(256);

  void put(String xmlPath, int line, int column) {
    positions.putIfAbsent(xmlPath, new SourcePosition(Math.max(line, 1), Math.max(column, 1)));
  }

  @Override
  public Optional<SourcePosition> locate(String path) {
    String xml = path.isEmpty() ? ROOT : FormDFields.xmlPath(path).orElse(ROOT);
    while (true) {
      SourcePosition at = positions.get(xml);
      if (at != null) {
        return Optional.of(at);
      }
      int slash = xml.lastIndexOf('/');
      if (slash < 0) {
        return Optional.ofNullable(positions.get(ROOT));
      }
      xml = xml.substring(0, slash);
    }
  }

  @Override
  public String toString() {
    return "XmlSourceMap" + positions;
  }
}
