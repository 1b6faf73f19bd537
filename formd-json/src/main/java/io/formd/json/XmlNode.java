package io.formd.json;

import java.util.ArrayList;
import java.util.List;

/** One element of a parsed EDGAR XML document: name, trimmed text, children in order, and where it starts. */
final class XmlNode {

  final String name;
  final int line;
  final int column;
  final List<XmlNode> children = new ArrayList<>(4);
  String text = "";

  XmlNode(String name, int line, int column) {
    this.name = name;
    this.line = line;
    this.column = column;
  }

  /** @return true if the element holds neither text nor children: {@code <x></x>} */
  boolean isEmpty() {
    return text.isEmpty() && children.isEmpty();
  }

  @Override
  public String toString() {
    return "<" + name + "> at line " + line;
  }
}
