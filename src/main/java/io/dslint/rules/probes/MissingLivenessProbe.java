package io.dslint.rules.probes;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A long-running container without a livenessProbe. Plain init containers cannot have probes
 * and are never asked for one; native sidecars can and are.
 */
public final class MissingLivenessProbe implements Rule {
  @Override
  public String id() {
    return "missing-liveness-probe";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().longRunningContainers()) {
      if (c.livenessProbe() == null) {
        out.report(c.pointer().append("livenessProbe"), "%s has no livenessProbe: if it hangs, the kubelet will not restart it",
            c.describe());
      }
    }
  }
}
