package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.EffectiveSecurity;
import io.dslint.model.Located;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A container may run as root: its effective runAsUser is 0, or its effective runAsNonRoot is not
 * true. Effective values follow the pod → container inheritance (container wins), and the
 * finding points at the field that set the value, or at the container's securityContext when
 * nothing did. Every container is checked, init and ephemeral ones included.
 */
public final class RunAsRoot implements Rule {
  @Override
  public String id() {
    return "run-as-root";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      EffectiveSecurity s = c.security();
      Located<Long> user = s.runAsUser();
      Located<Boolean> nonRoot = s.runAsNonRoot();
      if (user != null && user.value() == 0) {
        out.report(user.pointer(), "%s runs as root: runAsUser is 0%s", c.describe(),
            where(c, user) + (nonRoot != null && nonRoot.value()
                ? " (with runAsNonRoot: true the kubelet refuses to start it)" : ""));
      } else if (nonRoot == null) {
        if (user != null) {
          out.report(c.securityContext().pointer().append("runAsNonRoot"),
              "%s sets runAsUser %d%s but not runAsNonRoot: true; set it so that the kubelet"
                  + " refuses to start the container as root", c.describe(), user.value(), where(c, user));
        } else if (ds.podSpec().targetsWindows()) {
          Located<String> userName = s.windowsUserName();
          out.report(c.securityContext().pointer().append("runAsNonRoot"),
              "%s may run as an administrator: neither it nor the pod sets runAsNonRoot: true, %s",
              c.describe(), userName == null
                  ? "so the image's user (often ContainerAdministrator) applies"
                  : "and it runs as " + userName.value() + where(c, userName));
        } else {
          out.report(c.securityContext().pointer().append("runAsNonRoot"),
              "%s may run as root: neither it nor the pod sets runAsNonRoot: true or a non-zero"
                  + " runAsUser, so the image's user (often root) applies", c.describe());
        }
      } else if (!nonRoot.value()) {
        out.report(nonRoot.pointer(), "%s may run as root: runAsNonRoot is false%s", c.describe(),
            where(c, nonRoot));
      }
    }
  }

  /** " in the pod securityContext" when the value is inherited, else nothing. */
  private static String where(Container c, Located<?> value) {
    return value.pointer().startsWith(c.pointer()) ? "" : " (set in the pod securityContext)";
  }
}
