package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/**
 * The required part of spec.affinity.nodeAffinity: the node must match one of the terms (ORed);
 * within a term all requirements hold (ANDed).
 */
public record NodeAffinity(Pointer pointer, boolean present, List<NodeSelectorTerm> requiredTerms) {

  public record NodeSelectorTerm(Pointer pointer, List<NodeSelectorRequirement> matchExpressions,
      List<NodeSelectorRequirement> matchFields) {}

  public record NodeSelectorRequirement(Pointer pointer, String key, String operator,
      List<String> values) {}
}
