package io.dslint.yaml;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Deep equality of two loaded documents, for checking the fast path against SnakeYAML: the first
 * difference with its path, or null when they are the same (tree, entry order, keys, key ranges,
 * every node's range, scalar value with its Java type, text and quoting, duplicate keys).
 */
public final class YamlDocumentDiff {
  private YamlDocumentDiff() {}

  public static String diff(YamlDocument expected, YamlDocument actual) {
    if (expected == null || actual == null) {
      return expected == actual ? null : "document: expected " + expected + " but got " + actual;
    }
    if (expected.index() != actual.index() || expected.firstLine() != actual.firstLine()) {
      return "document index/firstLine: expected " + expected.index() + "/" + expected.firstLine()
          + " but got " + actual.index() + "/" + actual.firstLine();
    }
    if (!expected.lines().equals(actual.lines())) {
      return "document lines differ";
    }
    String d = diff("", expected.root(), actual.root());
    if (d != null) {
      return d;
    }
    return diffDuplicates(expected.duplicateKeys(), actual.duplicateKeys());
  }

  private static String diffDuplicates(List<DuplicateKey> expected, List<DuplicateKey> actual) {
    if (expected.size() != actual.size()) {
      return "duplicate keys: expected " + expected + " but got " + actual;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return "duplicate key " + i + ": expected " + expected.get(i) + " but got " + actual.get(i);
      }
    }
    return null;
  }

  /** The first difference between two nodes at {@code path} (a JSON pointer), or null. */
  public static String diff(String path, Node expected, Node actual) {
    String at = path.isEmpty() ? "/" : path;
    if (expected.getClass() != actual.getClass()) {
      return at + ": expected a " + expected.getClass().getSimpleName() + " but got a "
          + actual.getClass().getSimpleName();
    }
    if (!expected.range().equals(actual.range())) {
      return at + ": range expected " + expected.range() + " but got " + actual.range();
    }
    if (expected instanceof ScalarNode e) {
      ScalarNode a = (ScalarNode) actual;
      if (!Objects.equals(e.text(), a.text())) {
        return at + ": text expected \"" + e.text() + "\" but got \"" + a.text() + "\"";
      }
      if (e.quoted() != a.quoted()) {
        return at + ": quoted expected " + e.quoted() + " but got " + a.quoted();
      }
      if (!Objects.equals(e.value(), a.value())
          || (e.value() != null && e.value().getClass() != a.value().getClass())) {
        return at + ": value expected " + describe(e.value()) + " but got " + describe(a.value());
      }
      return null;
    }
    if (expected instanceof SeqNode e) {
      List<Node> a = ((SeqNode) actual).items();
      if (e.items().size() != a.size()) {
        return at + ": expected " + e.items().size() + " items but got " + a.size();
      }
      for (int i = 0; i < a.size(); i++) {
        String d = diff(path + "/" + i, e.items().get(i), a.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    MapNode e = (MapNode) expected;
    MapNode a = (MapNode) actual;
    if (e.size() != a.size()) {
      return at + ": expected keys " + keys(e) + " but got " + keys(a);
    }
    Iterator<MapNode.Entry> ai = a.entries().iterator();
    for (MapNode.Entry ee : e.entries()) {
      MapNode.Entry ae = ai.next();
      if (!ee.key().equals(ae.key())) {
        return at + ": expected keys " + keys(e) + " (in this order) but got " + keys(a);
      }
      String child = path + "/" + ee.key().replace("~", "~0").replace("/", "~1");
      if (!ee.keyRange().equals(ae.keyRange())) {
        return child + ": key range expected " + ee.keyRange() + " but got " + ae.keyRange();
      }
      String d = diff(child, ee.value(), ae.value());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static List<String> keys(MapNode m) {
    return m.entries().stream().map(MapNode.Entry::key).toList();
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
  }
}
