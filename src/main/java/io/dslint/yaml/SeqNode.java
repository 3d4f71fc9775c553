package io.dslint.yaml;

import java.util.List;

/** A sequence. */
public record SeqNode(Range range, List<Node> items) implements Node {
  public SeqNode {
    items = List.copyOf(items);
  }
}
