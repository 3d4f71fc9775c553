package io.dslint.coverage;

import java.util.Map;

/**
 * spec.template.spec.nodeSelector: every key must be a node label with exactly that value
 * (component-helpers nodeaffinity.GetRequiredNodeAffinity, used by the DaemonSet controller and
 * the scheduler's NodeAffinity filter). One reason per key that does not match.
 */
final class NodeSelectorPredicate implements Predicate {
  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    for (Map.Entry<String, String> e : pod.spec().nodeSelector().entrySet()) {
      String actual = node.labels().get(e.getKey());
      if (actual == null || !actual.equals(e.getValue())) {
        out.reason(Reason.NODE_SELECTOR, Verdict.NO_POD,
            pod.spec().pointer().append("nodeSelector", e.getKey()),
            "nodeSelector " + NodeLabels.pair(e.getKey(), e.getValue()) + ": " + NodeLabels.describe(node, e.getKey()));
      }
    }
  }
}
