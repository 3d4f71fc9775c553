package io.dslint.rules.host;

import io.dslint.model.DaemonSet;
import io.dslint.model.HostPortUse;
import io.dslint.model.IntOrString;
import io.dslint.model.UpdateStrategy;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import java.util.List;

/**
 * A rolling update with maxSurge above 0 (or above 0%) while the pod binds node ports: an
 * explicit hostPort, or a containerPort of a hostNetwork pod (hostPort defaults to it there).
 * The surge pod is meant to start on the node next to the old one, but the scheduler will not
 * place a second pod with the same host port there, so the rollout stalls. An absent maxSurge
 * defaults to 0 and is fine. Reported at maxSurge.
 */
public final class MaxSurgeWithHostPort implements Rule {
  @Override
  public String id() {
    return "max-surge-with-host-port";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    UpdateStrategy strategy = ds.updateStrategy();
    IntOrString surge = strategy.maxSurge();
    if (!"RollingUpdate".equals(strategy.effectiveType()) || surge == null || !surge.isPositive()) {
      return;
    }
    List<HostPortUse> ports = ds.podSpec().hostPortUses();
    if (ports.isEmpty()) {
      return;
    }
    HostPortUse first = ports.get(0);
    String how = first.explicit() ? "hostPort " + first.hostPort()
        : "port " + first.hostPort() + " of the node (hostNetwork)";
    String more = ports.size() > 1 ? " and " + (ports.size() - 1) + " more" : "";
    out.report(surge.pointer(), "maxSurge %s starts the new pod on each node while the old one"
            + " still runs, but %s binds %s%s: the new pod cannot get that port on the node and the"
            + " rollout stalls;"
            + " set maxSurge: 0 and use maxUnavailable", surge.display(), first.container().describe(),
        how, more);
  }
}
