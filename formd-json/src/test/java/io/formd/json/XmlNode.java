package io.formd.json;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a parsed EDGAR XML document: name, trimmed text, children in order, and where it starts.
 * The position is kept as a character offset and turned into a line and column only when an error needs it.
 */
final class XmlNode {

  /** The document an element came from, for turning offsets into lines and columns. */
  static final class Source {
    private final byte[] bytes;
    private final int offsetLines;
    private String text;

    Source(byte[] bytes, int offsetLines) {
      this.bytes = bytes;
      this.offsetLines = offsetLines;
    }

    int[] lineAndColumn(long charOffset) {
      if (text == null) {
        text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      }
      int line = 1;
      int column = 1;
      for (int i = 0; i < charOffset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new int[] {line + offsetLines, column};
    }
  }

  final String name;
  final List<XmlNode> children = new ArrayList<>(4);
  String text = "";
  private final Source source;
  private final long offset;

  XmlNode(String name, Source source, long offset) {
    this.name = name;
    this.source = source;
    this.offset = offset;
  }

  /** @return the 1-based line where the element starts */
  int line() {
    return source.lineAndColumn(offset)[0];
  }

  /** @return the 1-based column where the element starts */
  int column() {
    return source.lineAndColumn(offset)[1];
  }

  /** @return true if the element holds neither text nor children: {@code <x></x>} */
  boolean isEmpty() {
    return text.isEmpty() && children.isEmpty();
  }

  @Override
  public String toString() {
    return "<" + name + "> at line " + line();
  }
}
