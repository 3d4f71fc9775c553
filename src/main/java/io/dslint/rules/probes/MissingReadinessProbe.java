package io.dslint.rules.probes;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A long-running container without a readinessProbe. Plain init containers cannot have probes
 * and are never asked for one; native sidecars can and are.
 */
public final class MissingReadinessProbe implements Rule {
  @Override
  public String id() {
    return "missing-readiness-probe";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().longRunningContainers()) {
      if (c.readinessProbe() == null) {
        out.report(c.pointer().append("readinessProbe"), "%s has no readinessProbe: it counts as ready"
            + " as soon as it starts, so a rolling update moves on to the next node even when the new"
            + " version does not work", c.describe());
      }
    }
  }
}
