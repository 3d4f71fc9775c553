package io.dslint.rules.scheduling;

import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.model.Toleration;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A toleration for the retired node-role.kubernetes.io/master taint (effect NoSchedule or any)
 * while nothing tolerates node-role.kubernetes.io/control-plane:NoSchedule: the manifest was
 * written to run on control-plane nodes and no longer does. A key-less Exists toleration
 * tolerates both and is never reported.
 */
public final class DeprecatedMasterToleration implements Rule {
  @Override
  public String id() {
    return "deprecated-master-toleration";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    if (pod.tolerationFor(Toleration.CONTROL_PLANE, "", Toleration.NO_SCHEDULE) != null) {
      return;
    }
    for (Toleration t : pod.tolerations()) {
      if (t.hasKey(Toleration.MASTER) && t.coversEffect(Toleration.NO_SCHEDULE)) {
        out.report(t.pointer().append("key"), "the pod tolerates %s but not %s: control-plane nodes"
            + " carry the control-plane taint (kubeadm 1.24+, and only that one since 1.25), so the"
            + " DaemonSet no longer runs there; add the same toleration for %s",
            Toleration.MASTER, Toleration.CONTROL_PLANE, Toleration.CONTROL_PLANE);
      }
    }
  }
}
