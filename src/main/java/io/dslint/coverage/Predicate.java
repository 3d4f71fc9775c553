package io.dslint.coverage;

/**
 * One check that stands between a DaemonSet and a node: made by the DaemonSet controller
 * (NodeShouldRunDaemonPod), the scheduler (its filter plugins) or the kubelet (pod admission).
 * It adds a reason for each way the node fails it and a note for what it cannot know statically.
 */
interface Predicate {
  void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out);
}
