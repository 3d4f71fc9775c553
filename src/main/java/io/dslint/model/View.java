package io.dslint.model;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, forgiving reads of a mapping at a pointer, for the model builder. A field of the wrong
 * type reads as absent: the schema check reports it, and the model never throws on odd input.
 * A view of an absent object is {@link #present() not present} and answers every read with null
 * or empty, so builders need no null checks.
 */
final class View {
  private final MapNode node;
  private final Pointer pointer;

  View(MapNode node, Pointer pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  static View of(Node node, Pointer pointer) {
    return new View(node instanceof MapNode m ? m : null, pointer);
  }

  boolean present() {
    return node != null;
  }

  Pointer pointer() {
    return pointer;
  }

  Pointer at(String key) {
    return pointer.append(key);
  }

  boolean has(String key) {
    return node != null && node.has(key);
  }

  /** Whether the key is absent or its value is a null scalar ({@code key:} or {@code key: null}). */
  boolean isNull(String key) {
    Node n = raw(key);
    return n == null || n instanceof ScalarNode s && s.value() == null;
  }

  Node raw(String key) {
    return node == null ? null : node.get(key);
  }

  private Object scalar(String key) {
    return raw(key) instanceof ScalarNode s ? s.value() : null;
  }

  String str(String key) {
    return scalar(key) instanceof String s ? s : null;
  }

  Boolean bool(String key) {
    return scalar(key) instanceof Boolean b ? b : null;
  }

  Long integer(String key) {
    return scalar(key) instanceof Long l ? l : null;
  }

  /** A value that may be written as a number or a string (quantities, int-or-string). */
  String text(String key) {
    Object v = scalar(key);
    if (v instanceof String s) {
      return s;
    }
    return v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger
        ? ((ScalarNode) raw(key)).text() : null;
  }

  View obj(String key) {
    return View.of(raw(key), at(key));
  }

  List<View> objs(String key) {
    if (!(raw(key) instanceof SeqNode seq)) {
      return List.of();
    }
    List<View> out = new ArrayList<>(seq.items().size());
    Pointer base = at(key);
    for (int i = 0; i < seq.items().size(); i++) {
      if (seq.items().get(i) instanceof MapNode m) {
        out.add(new View(m, base.append(i)));
      }
    }
    return out;
  }

  List<Located<String>> strings(String key) {
    if (!(raw(key) instanceof SeqNode seq)) {
      return List.of();
    }
    List<Located<String>> out = new ArrayList<>(seq.items().size());
    Pointer base = at(key);
    for (int i = 0; i < seq.items().size(); i++) {
      if (seq.items().get(i) instanceof ScalarNode s && s.value() != null) {
        out.add(new Located<>(s.value() instanceof String str ? str : s.text(), base.append(i)));
      }
    }
    return out;
  }

  /** A string-to-string map (labels, annotations, nodeSelector); non-string values as written. */
  Map<String, String> stringMap(String key) {
    return obj(key).asStringMap();
  }

  /** The keys of this mapping in source order (empty when absent). */
  List<String> keys() {
    if (node == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(node.size());
    node.entries().forEach(e -> out.add(e.key()));
    return out;
  }

  /** This mapping read as a string map; a null value reads as "" (as JSON decoding does). */
  Map<String, String> asStringMap() {
    if (node == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (MapNode.Entry e : node.entries()) {
      if (e.value() instanceof ScalarNode s) {
        out.put(e.key(), s.value() == null ? "" : s.value() instanceof String str ? str : s.text());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  IntOrString intOrString(String key) {
    Object v = scalar(key);
    if (v instanceof Long l) {
      return new IntOrString(at(key), l, null);
    }
    if (v instanceof String s) {
      return new IntOrString(at(key), null, s);
    }
    return null;
  }
}
