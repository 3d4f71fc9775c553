package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.Collection;
import java.util.List;

/**
 * The required part of spec.affinity.nodeAffinity: the node must match one of the terms (ORed);
 * within a term all requirements hold (ANDed).
 */
public record NodeAffinity(Pointer pointer, boolean present, List<NodeSelectorTerm> requiredTerms) {

  /**
   * Whether there is at least one required term and every term constrains one of the label
   * keys (a pod may land on a node matching any single term, so one unconstrained term lets it
   * go anywhere). No terms constrain nothing.
   */
  public boolean constrainsInEveryTerm(Collection<String> keys) {
    return !requiredTerms.isEmpty() && firstTermNotConstraining(keys) == null;
  }

  /**
   * Whether there is at least one required term and every term requires one of the label keys
   * to be exactly {@code value} (operator In with that single value, repeats allowed).
   */
  public boolean restrictsInEveryTerm(Collection<String> keys, String value) {
    if (requiredTerms.isEmpty()) {
      return false;
    }
    for (NodeSelectorTerm t : requiredTerms) {
      if (t.matchExpressions().stream().noneMatch(r -> r.restrictsTo(keys, value))) {
        return false;
      }
    }
    return true;
  }

  /** The first required term that does not constrain any of the keys, or null. */
  public NodeSelectorTerm firstTermNotConstraining(Collection<String> keys) {
    for (NodeSelectorTerm t : requiredTerms) {
      if (!t.constrains(keys)) {
        return t;
      }
    }
    return null;
  }

  public record NodeSelectorTerm(Pointer pointer, List<NodeSelectorRequirement> matchExpressions,
      List<NodeSelectorRequirement> matchFields) {

    /** Whether one of this term's label requirements (ANDed) constrains one of the keys. */
    public boolean constrains(Collection<String> keys) {
      for (NodeSelectorRequirement r : matchExpressions) {
        if (r.constrains(keys)) {
          return true;
        }
      }
      return false;
    }
  }

  public record NodeSelectorRequirement(Pointer pointer, String key, String operator,
      List<String> values) {

    /**
     * Whether this requirement restricts the value of one of the label keys: In or NotIn with at
     * least one value. Exists and DoesNotExist say nothing about the value; Gt and Lt do not
     * apply to these labels.
     */
    public boolean constrains(Collection<String> keys) {
      return key != null && keys.contains(key) && ("In".equals(operator) || "NotIn".equals(operator))
          && !values.isEmpty();
    }

    /** Whether this requirement admits only nodes whose label (one of the keys) is {@code value}. */
    public boolean restrictsTo(Collection<String> keys, String value) {
      return key != null && keys.contains(key) && "In".equals(operator) && !values.isEmpty()
          && values.stream().allMatch(value::equals);
    }
  }
}
