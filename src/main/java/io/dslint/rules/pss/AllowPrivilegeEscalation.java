package io.dslint.rules.pss;

import io.dslint.model.Container;

/**
 * allowPrivilegeEscalation (restricted, v1.8+): every container must set
 * securityContext.allowPrivilegeEscalation: false. From v1.25 pods with spec.os.name: windows
 * are exempt (the field does not exist on Windows).
 */
final class AllowPrivilegeEscalation {
  static final PssCheck CHECK = PssCheck.builder("allowPrivilegeEscalation", PssLevel.RESTRICTED)
      .since(8, AllowPrivilegeEscalation::v1_8)
      .since(25, (pod, out) -> {
        if (!pod.isWindows()) {
          v1_8(pod, out);
        }
      })
      .build();

  private AllowPrivilegeEscalation() {}

  private static void v1_8(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      Boolean value = c.securityContext().allowPrivilegeEscalation();
      if (!Boolean.FALSE.equals(value)) {
        out.violation(c.securityContext().pointer().append("allowPrivilegeEscalation"), c.describe()
            + (value == null ? " does not set securityContext.allowPrivilegeEscalation: false"
                : " sets securityContext.allowPrivilegeEscalation: true"));
      }
    }
  }
}
