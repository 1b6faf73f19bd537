package io.formd.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two EDGAR documents for the same data: every element and value, lists in their order. Whitespace,
 * the XML declaration and empty elements ({@code <x></x>}) do not count; with {@code anySiblingOrder}, neither
 * does the order of differently named siblings (X0301 ordered some differently).
 */
final class XmlComparison {

  private XmlComparison() {}

  static List<String> differences(XmlNode expected, XmlNode actual, boolean anySiblingOrder) {
    List<String> out = new ArrayList<>();
    compare(expected, actual, "/" + expected.name, anySiblingOrder, out);
    return out;
  }

  private static void compare(XmlNode a, XmlNode b, String path, boolean anyOrder, List<String> out) {
    if (!a.name.equals(b.name)) {
      out.add(path + ": element <" + a.name + "> became <" + b.name + ">");
      return;
    }
    if (!a.text.equals(b.text)) {
      out.add(path + ": text '" + a.text + "' became '" + b.text + "'");
    }
    List<XmlNode> left = nonEmpty(a.children);
    List<XmlNode> right = nonEmpty(b.children);
    if (anyOrder) {
      Map<String, List<XmlNode>> l = byName(left);
      Map<String, List<XmlNode>> r = byName(right);
      if (!l.keySet().equals(r.keySet())) {
        out.add(path + ": children " + l.keySet() + " became " + r.keySet());
        return;
      }
      for (String name : l.keySet()) {
        pairwise(l.get(name), r.get(name), path, anyOrder, out);
      }
    } else {
      pairwise(left, right, path, anyOrder, out);
    }
  }

  private static void pairwise(List<XmlNode> left, List<XmlNode> right, String path, boolean anyOrder,
      List<String> out) {
    if (left.size() != right.size()) {
      out.add(path + ": " + names(left) + " became " + names(right));
      return;
    }
    for (int i = 0; i < left.size(); i++) {
      compare(left.get(i), right.get(i), path + "/" + left.get(i).name + "[" + i + "]", anyOrder, out);
    }
  }

  private static List<XmlNode> nonEmpty(List<XmlNode> nodes) {
    List<XmlNode> kept = new ArrayList<>();
    for (XmlNode node : nodes) {
      if (!isVoid(node)) {
        kept.add(node);
      }
    }
    return kept;
  }

  /** An element that says nothing: no text and no child that says something. */
  private static boolean isVoid(XmlNode node) {
    if (!node.text.isEmpty()) {
      return false;
    }
    for (XmlNode child : node.children) {
      if (!isVoid(child)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, List<XmlNode>> byName(List<XmlNode> nodes) {
    Map<String, List<XmlNode>> map = new LinkedHashMap<>();
    for (XmlNode node : nodes) {
      map.computeIfAbsent(node.name, k -> new ArrayList<>()).add(node);
    }
    return map;
  }

  private static List<String> names(List<XmlNode> nodes) {
    List<String> names = new ArrayList<>();
    nodes.forEach(n -> names.add(n.name));
    return names;
  }
}
