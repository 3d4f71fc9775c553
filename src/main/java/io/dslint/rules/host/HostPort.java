package io.dslint.rules.host;

import io.dslint.model.DaemonSet;
import io.dslint.model.HostPortUse;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A container port with an explicit hostPort (above 0). The ports of a hostNetwork pod bind the
 * node's ports too, but without a hostPort written they are host-network's concern, not this
 * rule's. Reported at the hostPort key.
 */
public final class HostPort implements Rule {
  @Override
  public String id() {
    return "host-port";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (HostPortUse use : ds.podSpec().hostPortUses()) {
      if (!use.explicit()) {
        continue;
      }
      out.report(use.port().pointer().append("hostPort"), "%s binds hostPort %d on every node%s:"
              + " it is reachable from outside the cluster network, bypassing Services and"
              + " NetworkPolicy, and only one pod per node can hold it",
          use.container().describe(), use.hostPort(),
          use.port().containerPort() == null || use.port().containerPort() == use.hostPort() ? ""
              : " (containerPort " + use.port().containerPort() + ")");
    }
  }
}
