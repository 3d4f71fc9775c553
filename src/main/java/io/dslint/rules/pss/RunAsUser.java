package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.PodSecurityContext;

/**
 * runAsUser (restricted, v1.23+): neither the pod nor a container may set runAsUser: 0. From
 * policy v1.35 a pod in a user namespace (spec.hostUsers: false) is exempt.
 */
final class RunAsUser {
  static final PssCheck CHECK = PssCheck.builder("runAsUser", PssLevel.RESTRICTED)
      .since(23, RunAsUser::v1_23)
      .since(35, (pod, out) -> {
        if (!pod.inUserNamespace()) {
          v1_23(pod, out);
        }
      })
      .build();

  private RunAsUser() {}

  private static void v1_23(Subject pod, PssCheck.Sink out) {
    PodSecurityContext psc = pod.spec().securityContext();
    if (psc.runAsUser() != null && psc.runAsUser() == 0) {
      out.violation(psc.pointer().append("runAsUser"), "the pod sets securityContext.runAsUser: 0 (root)");
    }
    for (Container c : pod.containers()) {
      Long uid = c.securityContext().runAsUser();
      if (uid != null && uid == 0) {
        out.violation(c.securityContext().pointer().append("runAsUser"), c.describe()
            + " sets securityContext.runAsUser: 0 (root)");
      }
    }
  }
}
