package io.dslint.coverage;

import io.dslint.model.Toleration;
import java.util.ArrayList;
import java.util.List;

/**
 * Taints against tolerations, as the DaemonSet controller (NodeShouldRunDaemonPod) and the
 * scheduler's TaintToleration filter check them: every NoSchedule and NoExecute taint must be
 * tolerated by the DaemonSet's tolerations or by those the controller adds to every daemon pod.
 * A toleration with an empty effect matches every effect; operator Exists without a key matches
 * every taint. Taints the node lifecycle controller derives from conditions (not-ready,
 * unreachable, memory/disk/PID pressure, network-unavailable) and from spec.unschedulable are
 * checked the same way.
 *
 * <p>Notes: an untolerated PreferNoSchedule taint (it only lowers the node's score; the daemon
 * pod is bound to its node and runs); a NoExecute taint tolerated only for tolerationSeconds
 * (the pod is evicted after that and created again); and, when only NoSchedule taints are
 * untolerated, that a pod already running there stays.
 */
final class TaintTolerationPredicate implements Predicate {
  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    boolean untoleratedNoExecute = false;
    boolean untolerated = false;
    for (Taint taint : node.taints()) {
      if (pod.tolerates(taint)) {
        evictionNote(pod, taint, out);
        continue;
      }
      if (!taint.blocksScheduling()) {
        out.caveat("taint " + taint + " is not tolerated; PreferNoSchedule only lowers the node's score,"
            + " and a DaemonSet pod is bound to its node, so it runs");
        continue;
      }
      untolerated = true;
      untoleratedNoExecute |= Taint.NO_EXECUTE.equals(taint.effect());
      out.reason(Reason.TAINTS, Verdict.NO_POD, pod.tolerationsPointer(), "taint " + taint
          + (taint.origin() == null ? "" : " (from " + taint.origin() + ")") + " is not tolerated" + hint(pod, taint));
    }
    if (untolerated && !untoleratedNoExecute && out.selectedSoFar()) {
      out.note("a pod already running there would stay (NoSchedule does not evict)");
    }
  }

  /** Taint-based eviction: tolerated for a limited time only when every matching toleration is limited. */
  private static void evictionNote(DaemonPod pod, Taint taint, NodeVerdict.Builder out) {
    if (!Taint.NO_EXECUTE.equals(taint.effect()) || DaemonPod.tolerating(taint, pod.added()) != null) {
      return;
    }
    Long shortest = null;
    for (Toleration t : pod.tolerations()) {
      if (t.tolerates(taint.key(), taint.value(), taint.effect())) {
        if (t.tolerationSeconds() == null) {
          return;
        }
        shortest = shortest == null ? t.tolerationSeconds() : Math.min(shortest, t.tolerationSeconds());
      }
    }
    if (shortest != null) {
      out.caveat("taint " + taint + " is tolerated for " + shortest + "s only (tolerationSeconds): the pod is"
          + " evicted after that and the controller creates it again, over and over");
    }
  }

  /** Why the DaemonSet's tolerations for this key miss: a different effect, value or operator. */
  static String hint(DaemonPod pod, Taint taint) {
    List<String> hints = new ArrayList<>();
    for (Toleration t : pod.tolerations()) {
      String key = t.key() == null ? "" : t.key();
      String op = t.effectiveOperator();
      if (key.equals(taint.key()) || (key.isEmpty() && op.equals("Exists"))) {
        String subject = key.isEmpty() ? "the toleration with operator Exists and no key" : "its toleration for "
            + key;
        if (t.effect() != null && !t.effect().isEmpty() && !t.effect().equals(taint.effect())) {
          hints.add(subject + " has effect " + t.effect());
        } else if (op.equals("Equal")) {
          hints.add(subject + " expects value \"" + (t.value() == null ? "" : t.value()) + "\"");
        } else if (!op.equals("Exists")) {
          hints.add(subject + " has operator " + op + ", which dslint does not evaluate (alpha"
              + " TaintTolerationComparisonOperators)");
        }
      } else if (key.equals("node-role.kubernetes.io/master")
          && taint.key().equals("node-role.kubernetes.io/control-plane")) {
        hints.add("it tolerates node-role.kubernetes.io/master, the taint's name before Kubernetes 1.24");
      }
    }
    return hints.isEmpty() ? "" : ": " + String.join(", and ", hints);
  }
}
