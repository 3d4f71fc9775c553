package io.dslint.coverage;

import io.dslint.model.Located;

/**
 * spec.template.spec.nodeName: the DaemonSet controller creates a pod only for the node it names
 * (NodeShouldRunDaemonPod).
 */
final class NodeNamePredicate implements Predicate {
  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    Located<String> name = pod.spec().nodeName();
    if (name != null && !name.value().isEmpty() && !name.value().equals(node.name())) {
      out.reason(Reason.NODE_NAME, Verdict.NO_POD, name.pointer(),
          "nodeName is \"" + name.value() + "\": the pod may run on that node only");
    }
  }
}
