package io.dslint.rules.custom;

import io.dslint.model.KubeObject;
import io.dslint.rules.Findings;
import io.dslint.rules.RuleMeta;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SourceMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule declared in a YAML file instead of Java (see docs/custom-rules.md): for each object of
 * one of its {@code kinds} for which {@code when} holds (or always, without one), every place
 * where {@code require} fails is a finding, with the rule's message. Placeholders in the message:
 * {kind}, {namespace}, {name}, {pointer} and {value} (the value at the reported place, or
 * "absent"). Immutable; evaluation keeps no state, so one instance serves every lint thread.
 */
public record CustomRule(RuleMeta meta, Set<String> kinds, Condition when, Condition require,
    String message) {

  public CustomRule {
    kinds = Set.copyOf(kinds);
  }

  public String id() {
    return meta.id();
  }

  public boolean appliesTo(String kind) {
    return kind != null && kinds.contains(kind);
  }

  public void check(KubeObject object, Findings out) {
    Node node = object.node();
    if (when != null && !when.evaluate(node).holds()) {
      return;
    }
    Condition.Outcome outcome = require.evaluate(node);
    if (outcome.holds()) {
      return;
    }
    Set<Pointer> places = new LinkedHashSet<>(outcome.witnesses());
    if (places.isEmpty()) {
      places.add(node instanceof MapNode m && m.get("metadata") instanceof MapNode meta && meta.has("name")
          ? Pointer.ROOT.append("metadata", "name") : Pointer.ROOT);
    }
    for (Pointer p : places) {
      Pointer absolute = object.pointer().append(p.segments().toArray(String[]::new));
      out.add(absolute, render(object, p, SourceMap.find(node, p)), java.util.Map.of());
    }
  }

  private String render(KubeObject object, Pointer at, Node value) {
    return message.replace("{kind}", String.valueOf(object.kind()))
        .replace("{namespace}", object.metadata().namespace() == null ? "" : object.metadata().namespace())
        .replace("{name}", object.metadata().name() == null ? "<unnamed>" : object.metadata().name())
        .replace("{pointer}", at.toString())
        .replace("{value}", describe(value));
  }

  private static String describe(Node n) {
    if (n == null || n instanceof ScalarNode s && s.isNull()) {
      return "absent";
    }
    if (n instanceof ScalarNode s) {
      return s.value() instanceof String str ? str : s.text();
    }
    return n instanceof MapNode ? "a mapping" : "a list";
  }

  /** For tests and messages: the kinds in sorted order. */
  public List<String> sortedKinds() {
    return kinds.stream().sorted().toList();
  }
}
