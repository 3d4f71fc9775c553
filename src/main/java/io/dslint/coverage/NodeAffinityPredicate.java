package io.dslint.coverage;

import io.dslint.model.NodeAffinity;
import io.dslint.model.NodeAffinity.NodeSelectorRequirement;
import io.dslint.model.NodeAffinity.NodeSelectorTerm;
import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * Required node affinity (requiredDuringSchedulingIgnoredDuringExecution), as
 * component-helpers nodeaffinity matches it for the DaemonSet controller and the scheduler: the
 * node must match one of the nodeSelectorTerms; within a term every matchExpressions requirement
 * (In, NotIn, Exists, DoesNotExist, Gt, Lt on labels) and every matchFields requirement (In or
 * NotIn on metadata.name, one value) must hold. A term without requirements matches nothing; a
 * term with an invalid requirement never matches (the API server rejects it anyway).
 */
final class NodeAffinityPredicate implements Predicate {
  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    NodeAffinity affinity = pod.spec().nodeAffinity();
    List<NodeSelectorTerm> terms = affinity.requiredTerms();
    if (terms.isEmpty()) {
      return;
    }
    Pointer termsPointer = affinity.pointer().append("requiredDuringSchedulingIgnoredDuringExecution",
        "nodeSelectorTerms");
    List<String> failures = new ArrayList<>();
    Pointer firstFailing = null;
    for (int i = 0; i < terms.size(); i++) {
      NodeSelectorTerm term = terms.get(i);
      if (term.matchExpressions().isEmpty() && term.matchFields().isEmpty()) {
        continue;
      }
      List<Located> why = failures(term, node);
      if (why.isEmpty()) {
        return;
      }
      failures.add((terms.size() > 1 ? "term " + (i + 1) + ": " : "")
          + String.join(", ", why.stream().map(Located::message).toList()));
      if (firstFailing == null) {
        firstFailing = why.get(0).pointer();
      }
    }
    if (failures.isEmpty()) {
      out.reason(Reason.NODE_AFFINITY, Verdict.NO_POD, termsPointer,
          "required node affinity has only empty nodeSelectorTerms, which match no node");
    } else if (failures.size() == 1) {
      out.reason(Reason.NODE_AFFINITY, Verdict.NO_POD, firstFailing, "node affinity " + failures.get(0));
    } else {
      out.reason(Reason.NODE_AFFINITY, Verdict.NO_POD, termsPointer, "node affinity: none of its "
          + failures.size() + " nodeSelectorTerms matches: " + String.join("; ", failures));
    }
  }

  private record Located(String message, Pointer pointer) {}

  /** Every requirement of the term that the node fails; empty when the term matches. */
  private static List<Located> failures(NodeSelectorTerm term, KubeNode node) {
    List<Located> out = new ArrayList<>();
    for (NodeSelectorRequirement r : term.matchExpressions()) {
      String why = labelFailure(r, node);
      if (why != null) {
        out.add(new Located(describe(r) + ": " + why, r.pointer()));
      }
    }
    for (NodeSelectorRequirement r : term.matchFields()) {
      String why = fieldFailure(r, node);
      if (why != null) {
        out.add(new Located(describe(r) + ": " + why, r.pointer()));
      }
    }
    return out;
  }

  static String describe(NodeSelectorRequirement r) {
    String op = r.operator() == null ? "<no operator>" : r.operator();
    if (r.values().isEmpty()) {
      return r.key() + " " + op;
    }
    if ("Gt".equals(op) || "Lt".equals(op)) {
      return r.key() + " " + op + " " + r.values().get(0);
    }
    return r.key() + " " + op + " (" + String.join(", ", r.values()) + ")";
  }

  /** Why a label requirement fails on the node, or null when it holds (labels.Requirement.Matches). */
  static String labelFailure(NodeSelectorRequirement r, KubeNode node) {
    String invalid = invalidLabelRequirement(r);
    if (invalid != null) {
      return invalid + "; the API server rejects it, and the term never matches";
    }
    String key = r.key();
    String value = node.labels().get(key);
    boolean holds = switch (r.operator()) {
      case "In" -> value != null && r.values().contains(value);
      case "NotIn" -> value == null || !r.values().contains(value);
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      default -> compare(r, value);
    };
    if (holds) {
      return null;
    }
    if ((r.operator().equals("Gt") || r.operator().equals("Lt")) && value != null && parseLong(value) == null) {
      return "the node has " + key + "=" + value + ", which is not an integer";
    }
    return NodeLabels.describe(node, key);
  }

  private static boolean compare(NodeSelectorRequirement r, String value) {
    Long actual = value == null ? null : parseLong(value);
    long bound = parseLong(r.values().get(0));
    if (actual == null) {
      return false;
    }
    return r.operator().equals("Gt") ? actual > bound : actual < bound;
  }

  private static String invalidLabelRequirement(NodeSelectorRequirement r) {
    if (r.key() == null || r.key().isEmpty()) {
      return "the requirement has no key";
    }
    String op = r.operator();
    if (op == null) {
      return "the requirement has no operator";
    }
    return switch (op) {
      case "In", "NotIn" -> r.values().isEmpty() ? "operator " + op + " needs at least one value" : null;
      case "Exists", "DoesNotExist" -> r.values().isEmpty() ? null : "operator " + op + " takes no values";
      case "Gt", "Lt" -> r.values().size() != 1 || parseLong(r.values().get(0)) == null
          ? "operator " + op + " needs exactly one integer value" : null;
      default -> "operator \"" + op + "\" is not In, NotIn, Exists, DoesNotExist, Gt or Lt";
    };
  }

  /** matchFields: only metadata.name, with In or NotIn and exactly one value. */
  static String fieldFailure(NodeSelectorRequirement r, KubeNode node) {
    if (!"metadata.name".equals(r.key())) {
      return "matchFields supports only metadata.name; the API server rejects it, and the term never matches";
    }
    if (!"In".equals(r.operator()) && !"NotIn".equals(r.operator())) {
      return "matchFields takes only In or NotIn; the API server rejects it, and the term never matches";
    }
    if (r.values().size() != 1) {
      return "matchFields needs exactly one value; the API server rejects it, and the term never matches";
    }
    boolean equal = r.values().get(0).equals(node.name());
    boolean holds = r.operator().equals("In") ? equal : !equal;
    return holds ? null : "the node is " + node.name();
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
