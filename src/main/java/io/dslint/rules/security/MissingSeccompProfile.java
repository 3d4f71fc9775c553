package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Located;
import io.dslint.model.Profile;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * No effective seccompProfile of type RuntimeDefault or Localhost, on any container: none set
 * (container or pod), or Unconfined, or a profile without a type. The finding points at the
 * type of the profile that applies, or at the container's securityContext when none does.
 * Windows pods are skipped (seccomp is Linux-only).
 */
public final class MissingSeccompProfile implements Rule {
  @Override
  public String id() {
    return "missing-seccomp-profile";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().linuxContainers()) {
      Located<Profile> effective = c.security().seccompProfile();
      if (effective == null) {
        out.report(c.securityContext().pointer().append("seccompProfile"),
            "%s has no seccomp profile (neither it nor the pod sets seccompProfile), so it runs"
                + " Unconfined with every system call open; use type RuntimeDefault", c.describe());
        continue;
      }
      Profile p = effective.value();
      if ("RuntimeDefault".equals(p.type()) || "Localhost".equals(p.type())) {
        continue;
      }
      String inherited = p.pointer().startsWith(c.pointer()) ? "" : " (set in the pod securityContext)";
      out.report(p.pointer().append("type"), "%s runs with seccomp profile %s%s: every system call"
              + " is open to it; use type RuntimeDefault", c.describe(),
          p.type() == null ? "without a type" : p.type(), inherited);
    }
  }
}
