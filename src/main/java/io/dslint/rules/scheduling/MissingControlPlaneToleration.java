package io.dslint.rules.scheduling;

import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.model.Toleration;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * No toleration tolerates node-role.kubernetes.io/control-plane:NoSchedule (value ""), so the
 * DaemonSet does not run on control-plane nodes. A key-less Exists toleration tolerates every
 * taint; a toleration without effect tolerates every effect. A toleration that names the key but
 * misses the taint (another effect, a value) is reported where it is written. A DaemonSet
 * restricted to Windows nodes is not reported: control-plane nodes run Linux.
 */
public final class MissingControlPlaneToleration implements Rule {
  @Override
  public String id() {
    return "missing-control-plane-toleration";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    if (!pod.present() || pod.tolerationFor(Toleration.CONTROL_PLANE, "", Toleration.NO_SCHEDULE) != null) {
      return;
    }
    if (pod.restrictsNodeLabelTo(MissingOsNodeSelector.OS_LABELS, "windows")) {
      return; // control-plane nodes run Linux: a Windows-only DaemonSet never goes there anyway
    }
    for (Toleration t : pod.tolerations()) {
      if (t.hasKey(Toleration.CONTROL_PLANE)) {
        out.report(t.pointer(), "the toleration for %s does not tolerate the control-plane taint"
            + " (%s=:NoSchedule, empty value): %s, so the DaemonSet skips control-plane nodes",
            Toleration.CONTROL_PLANE, Toleration.CONTROL_PLANE, nearMiss(t));
        return;
      }
    }
    out.report(pod.pointer().append("tolerations"), "no toleration tolerates %s:NoSchedule, so the"
        + " DaemonSet skips control-plane nodes%s", Toleration.CONTROL_PLANE,
        pod.tolerations().isEmpty() ? " (the pod template has no tolerations)" : "");
  }

  private static String nearMiss(Toleration t) {
    if (!t.coversEffect(Toleration.NO_SCHEDULE)) {
      return "it only covers effect " + t.effect();
    }
    String op = t.effectiveOperator();
    if (op.equals("Equal")) {
      return "it requires value \"" + t.value() + "\"";
    }
    return "its operator \"" + op + "\" is neither Exists nor Equal";
  }
}
