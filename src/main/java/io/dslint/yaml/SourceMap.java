package io.dslint.yaml;

/**
 * Turns a JSON pointer into the source range of what it names. A pointer to a mapping key gives
 * the key (through a scalar value's end); a pointer to a sequence item gives the item's start.
 * A pointer that goes past what exists resolves to the deepest existing node, so a finding
 * about an absent field lands on the object that should hold it.
 */
public final class SourceMap {
  private final Node root;

  public SourceMap(Node root) {
    this.root = root;
  }

  public Range resolve(Pointer pointer) {
    Range range = startOf(root);
    Node node = root;
    for (String segment : pointer.segments()) {
      if (node instanceof MapNode map && map.entry(segment) != null) {
        MapNode.Entry e = map.entry(segment);
        range = e.range();
        node = e.value();
      } else if (node instanceof SeqNode seq && isIndex(segment, seq.items().size())) {
        node = seq.items().get(Integer.parseInt(segment));
        range = startOf(node);
      } else {
        break;
      }
    }
    return range;
  }

  /** The node the pointer names, or null when it does not exist. */
  public Node find(Pointer pointer) {
    return find(root, pointer);
  }

  /** The node below {@code from} that the pointer names, or null when it does not exist. */
  public static Node find(Node from, Pointer pointer) {
    Node node = from;
    for (String segment : pointer.segments()) {
      if (node instanceof MapNode map && map.entry(segment) != null) {
        node = map.get(segment);
      } else if (node instanceof SeqNode seq && isIndex(segment, seq.items().size())) {
        node = seq.items().get(Integer.parseInt(segment));
      } else {
        return null;
      }
    }
    return node;
  }

  /** A node's own location: a scalar whole, a collection at its first line only. */
  private static Range startOf(Node node) {
    Range r = node.range();
    if (node instanceof ScalarNode) {
      return r;
    }
    if (node instanceof MapNode map && map.size() > 0) {
      return map.entries().iterator().next().range();
    }
    return new Range(r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1);
  }

  private static boolean isIndex(String segment, int size) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return false;
      }
    }
    return Integer.parseInt(segment) < size;
  }
}
