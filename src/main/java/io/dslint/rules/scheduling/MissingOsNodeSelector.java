package io.dslint.rules.scheduling;

import io.dslint.model.DaemonSet;
import io.dslint.model.NodeAffinity;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import java.util.List;

/**
 * Neither nodeSelector nor required node affinity constrains the node's operating system label,
 * so the DaemonSet also places its pods on nodes of the other OS. Required node affinity counts
 * only when every term (terms are ORed) has an In or NotIn requirement on the label.
 */
public final class MissingOsNodeSelector implements Rule {
  /** The stable label, and the deprecated beta one that the kubelet still sets. */
  public static final List<String> OS_LABELS = List.of("kubernetes.io/os", "beta.kubernetes.io/os");

  @Override
  public String id() {
    return "missing-os-node-selector";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    if (!pod.present() || pod.constrainsNodeLabel(OS_LABELS)) {
      return;
    }
    String consequence = ": on a cluster with both Linux and Windows nodes the DaemonSet also"
        + " starts pods on nodes of the other OS, where they cannot run";
    if (!pod.nodeSelector().isEmpty()) {
      StringBuilder labels = new StringBuilder();
      pod.nodeSelector().forEach((k, v) -> labels.append(labels.length() == 0 ? "" : ", ")
          .append(k).append('=').append(v));
      out.report(pod.pointer().append("nodeSelector"), "nodeSelector (%s) does not constrain"
          + " kubernetes.io/os%s", labels, consequence);
      return;
    }
    NodeAffinity affinity = pod.nodeAffinity();
    NodeAffinity.NodeSelectorTerm term = affinity.firstTermNotConstraining(OS_LABELS);
    if (term != null) {
      out.report(term.pointer(), "required node affinity term %d does not constrain kubernetes.io/os"
          + " (terms are alternatives, so every term must)%s",
          affinity.requiredTerms().indexOf(term), consequence);
      return;
    }
    out.report(pod.pointer().append("nodeSelector"), "neither nodeSelector nor required node affinity"
        + " constrains kubernetes.io/os%s", consequence);
  }
}
