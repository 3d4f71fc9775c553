package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** securityContext.privileged: true on any container, init and ephemeral ones included. */
public final class PrivilegedContainer implements Rule {
  @Override
  public String id() {
    return "privileged-container";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      if (!c.securityContext().isPrivileged()) {
        continue;
      }
      String message = c.describe() + " runs privileged: it gets every capability and all host"
          + " devices, and can escape to the node";
      if (!c.securityContext().capabilities().add().isEmpty()) {
        // Adding capabilities to a privileged container changes nothing: the need was not examined.
        message += "; it also adds capabilities, which privileged already includes: keep the"
            + " capabilities and drop privileged";
      } else {
        message += "; grant specific capabilities and read-only hostPath mounts instead";
      }
      out.report(c.securityContext().pointer().append("privileged"), message);
    }
  }
}
