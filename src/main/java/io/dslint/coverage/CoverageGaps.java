package io.dslint.coverage;

import io.dslint.engine.Finding;
import io.dslint.rules.RuleRegistry;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * node-coverage-gap findings: the nodes a DaemonSet must cover but would not run on. Nodes are
 * grouped by the field to change — the DaemonSet field behind each node's first reason
 * (tolerations for a taint, the nodeSelector key, the request …) — and each group is one finding
 * at that field, naming its nodes and their reasons.
 */
final class CoverageGaps {
  /** Node names listed per reason before "and N more". */
  static final int MAX_NAMES = 10;

  private CoverageGaps() {}

  static List<Finding> findings(DaemonSetCoverage ds, CoverageConfig config) {
    List<NodeVerdict> required = new ArrayList<>();
    Map<Pointer, List<NodeVerdict>> missedBy = new LinkedHashMap<>();
    for (NodeVerdict v : ds.nodes()) {
      if (!config.mustCover().requires(v.node(), v.selected())) {
        continue;
      }
      required.add(v);
      if (!v.runs()) {
        missedBy.computeIfAbsent(primary(v).pointer(), p -> new ArrayList<>()).add(v);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Pointer, List<NodeVerdict>> group : missedBy.entrySet()) {
      out.add(finding(ds, config, group.getKey(), group.getValue(), required.size()));
    }
    return out;
  }

  /** The reason that decides the verdict: the first one at the earliest stage. */
  static Reason primary(NodeVerdict v) {
    for (Reason r : v.reasons()) {
      if (r.verdict() == v.verdict()) {
        return r;
      }
    }
    throw new IllegalStateException("a node that does not run has no reason");
  }

  private static Finding finding(DaemonSetCoverage ds, CoverageConfig config, Pointer pointer,
      List<NodeVerdict> missed, int required) {
    // Nodes with the same reasons are listed together: "cp-1, cp-2 (no pod: taint … is not tolerated)".
    Map<String, List<String>> byReasons = new LinkedHashMap<>();
    for (NodeVerdict v : missed) {
      byReasons.computeIfAbsent(v.verdict().label() + ": " + String.join("; ",
          v.reasons().stream().map(Reason::message).toList()), k -> new ArrayList<>()).add(v.node().name());
    }
    List<String> parts = new ArrayList<>();
    byReasons.forEach((reasons, names) -> parts.add(names(names) + " (" + reasons + ")"));
    String message = "DaemonSet " + ds.name() + " does not run on " + missed.size() + " of the " + required
        + " nodes it must cover (" + config.mustCover().describe() + "): " + String.join("; ", parts);
    Range range = ds.document().sourceMap().resolve(pointer);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("missedNodes", String.join(",", missed.stream().map(v -> v.node().name()).toList()));
    properties.put("mustCover", config.mustCover().text());
    return new Finding(RuleRegistry.NODE_COVERAGE_GAP, config.severity(), message, ds.file(), range, pointer,
        ds.object(), ds.document().line(range.startLine()), properties);
  }

  private static String names(List<String> names) {
    if (names.size() <= MAX_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
  }
}
