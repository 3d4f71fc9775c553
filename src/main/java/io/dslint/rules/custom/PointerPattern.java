package io.dslint.rules.custom;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.SeqNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON pointer (RFC 6901, relative to the object) whose {@code *} segments stand for every item
 * of a list or every entry of a mapping: {@code /spec/template/spec/containers/*}{@code /image}.
 * It expands to the concrete pointers of the places it names: every existing container's
 * {@code image}, present or not. A wildcard over something absent expands to nothing.
 */
public record PointerPattern(String text, List<String> segments) {
  public static final String WILDCARD = "*";

  /** Parses "/a/b~1c/*"; "" is the object itself. */
  public static PointerPattern parse(String text) {
    return new PointerPattern(text, Pointer.parse(text).segments());
  }

  public List<Pointer> expand(Node root) {
    List<Pointer> out = new ArrayList<>();
    walk(root, 0, Pointer.ROOT, out);
    return out;
  }

  private void walk(Node node, int i, Pointer at, List<Pointer> out) {
    if (i == segments.size()) {
      out.add(at);
      return;
    }
    String segment = segments.get(i);
    if (segment.equals(WILDCARD)) {
      if (node instanceof MapNode m) {
        for (MapNode.Entry e : m.entries()) {
          walk(e.value(), i + 1, at.append(e.key()), out);
        }
      } else if (node instanceof SeqNode q) {
        for (int k = 0; k < q.items().size(); k++) {
          walk(q.items().get(k), i + 1, at.append(k), out);
        }
      }
      return;
    }
    Node child = null;
    if (node instanceof MapNode m) {
      child = m.get(segment);
    } else if (node instanceof SeqNode q && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < q.items().size()) {
      child = q.items().get(Integer.parseInt(segment));
    }
    walk(child, i + 1, at.append(segment), out);
  }
}
