package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.SecurityContext;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * readOnlyRootFilesystem not true, on any container. Windows pods are skipped: the field is
 * Linux-only (the API server rejects it with os.name windows).
 */
public final class WritableRootFilesystem implements Rule {
  @Override
  public String id() {
    return "writable-root-filesystem";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().linuxContainers()) {
      SecurityContext sc = c.securityContext();
      if (Boolean.TRUE.equals(sc.readOnlyRootFilesystem())) {
        continue;
      }
      String why = sc.readOnlyRootFilesystem() == null ? "readOnlyRootFilesystem is not set"
          : "readOnlyRootFilesystem: false";
      out.report(sc.pointer().append("readOnlyRootFilesystem"),
          "%s can write to its root file system (%s): an intruder can drop tools and change"
              + " binaries; set readOnlyRootFilesystem: true and mount an emptyDir where it writes",
          c.describe(), why);
    }
  }
}
