package io.formd.json;

import java.util.ArrayList;
import java.util.List;

/** One element of a test document: name, trimmed text, children in order (see {@link XmlComparison}). */
final class XmlNode {

  final String name;
  final List<XmlNode> children = new ArrayList<>(4);
  String text = "";

  XmlNode(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<" + name + ">";
  }
}
