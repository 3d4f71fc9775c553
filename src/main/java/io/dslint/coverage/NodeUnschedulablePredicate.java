package io.dslint.coverage;

/**
 * The scheduler's NodeUnschedulable filter: a cordoned node (spec.unschedulable) takes only pods
 * that tolerate node.kubernetes.io/unschedulable:NoSchedule. The DaemonSet controller adds that
 * toleration to every daemon pod, so DaemonSets run on cordoned nodes; the note says so.
 */
final class NodeUnschedulablePredicate implements Predicate {
  private static final Taint UNSCHEDULABLE =
      new Taint("node.kubernetes.io/unschedulable", "", Taint.NO_SCHEDULE, "spec.unschedulable", 0);

  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    if (!node.unschedulable()) {
      return;
    }
    if (pod.tolerates(UNSCHEDULABLE)) {
      out.caveat("the node is cordoned (spec.unschedulable); DaemonSet pods still run there: the controller"
          + " adds a toleration for node.kubernetes.io/unschedulable");
    } else {
      out.reason(Reason.UNSCHEDULABLE, Verdict.PENDING, pod.tolerationsPointer(),
          "the node is cordoned (spec.unschedulable) and the pod does not tolerate it");
    }
  }
}
