package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.SecurityContext;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * allowPrivilegeEscalation not set to false, on any container (init and ephemeral included).
 * A privileged container always may escalate; privileged-container reports it instead. Windows
 * pods are skipped: the field is Linux-only (the API server rejects it with os.name windows).
 */
public final class PrivilegeEscalationAllowed implements Rule {
  @Override
  public String id() {
    return "privilege-escalation-allowed";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().linuxContainers()) {
      SecurityContext sc = c.securityContext();
      if (sc.isPrivileged() || Boolean.FALSE.equals(sc.allowPrivilegeEscalation())) {
        continue;
      }
      String why = sc.allowPrivilegeEscalation() == null
          ? "allowPrivilegeEscalation is not set, and it defaults to true"
          : "allowPrivilegeEscalation: true";
      out.report(sc.pointer().append("allowPrivilegeEscalation"),
          "%s may gain more privileges than it started with (%s): setuid binaries and file"
              + " capabilities work in it; set allowPrivilegeEscalation: false",
          c.describe(), why);
    }
  }
}
