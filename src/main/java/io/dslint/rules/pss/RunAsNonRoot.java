package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.PodSecurityContext;

/**
 * runAsNonRoot (restricted): the pod must set securityContext.runAsNonRoot: true (containers
 * may then leave it unset), or else every container must; nothing may set it to false. From
 * policy v1.35 a pod in a user namespace (spec.hostUsers: false) is exempt: its root is not the
 * node's root. (Before v1.35 that relaxation existed only behind an alpha feature gate, off by
 * default, and the v1.35 change removed it from the older revision.)
 */
final class RunAsNonRoot {
  static final PssCheck CHECK = PssCheck.builder("runAsNonRoot", PssLevel.RESTRICTED)
      .since(0, RunAsNonRoot::v1_0)
      .since(35, (pod, out) -> {
        if (!pod.inUserNamespace()) {
          v1_0(pod, out);
        }
      })
      .build();

  private RunAsNonRoot() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    PodSecurityContext psc = pod.spec().securityContext();
    if (Boolean.FALSE.equals(psc.runAsNonRoot())) {
      out.violation(psc.pointer().append("runAsNonRoot"), "the pod sets securityContext.runAsNonRoot: false");
    }
    for (Container c : pod.containers()) {
      Boolean value = c.securityContext().runAsNonRoot();
      if (Boolean.FALSE.equals(value)) {
        out.violation(c.securityContext().pointer().append("runAsNonRoot"), c.describe()
            + " sets securityContext.runAsNonRoot: false");
      } else if (value == null && psc.runAsNonRoot() == null) {
        out.violation(c.securityContext().pointer().append("runAsNonRoot"), c.describe()
            + " does not set securityContext.runAsNonRoot: true, and the pod does not either");
      }
    }
  }
}
