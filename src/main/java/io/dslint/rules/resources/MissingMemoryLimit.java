package io.dslint.rules.resources;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** A long-running container (regular or native sidecar) without resources.limits.memory. */
public final class MissingMemoryLimit implements Rule {
  @Override
  public String id() {
    return "missing-memory-limit";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().longRunningContainers()) {
      if (c.resources().limit("memory") == null) {
        out.report(c.pointer().append("resources", "limits", "memory"), "%s has no memory limit: a leak in it can exhaust the memory of every node",
            c.describe());
      }
    }
  }
}
