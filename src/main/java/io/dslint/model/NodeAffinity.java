package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/**
 * The required part of spec.affinity.nodeAffinity: the node must match one of the terms (ORed);
 * within a term all requirements hold (ANDed).
 */
public record NodeAffinity(Pointer pointer, boolean present, List<NodeSelectorTerm> requiredTerms) {

  /**
   * Whether the required terms allow only {@code value} for {@code key}: there is at least one
   * term, and every term has an {@code In} expression on the key whose values are all
   * {@code value}. (Terms are ORed, so one term without that constraint allows other nodes.)
   */
  public boolean requiresOnly(String key, String value) {
    if (requiredTerms.isEmpty()) {
      return false;
    }
    for (NodeSelectorTerm t : requiredTerms) {
      boolean constrained = false;
      for (NodeSelectorRequirement r : t.matchExpressions()) {
        if (key.equals(r.key()) && "In".equals(r.operator()) && !r.values().isEmpty()
            && r.values().stream().allMatch(value::equals)) {
          constrained = true;
        }
      }
      if (!constrained) {
        return false;
      }
    }
    return true;
  }

  public record NodeSelectorTerm(Pointer pointer, List<NodeSelectorRequirement> matchExpressions,
      List<NodeSelectorRequirement> matchFields) {}

  public record NodeSelectorRequirement(Pointer pointer, String key, String operator,
      List<String> values) {}
}
