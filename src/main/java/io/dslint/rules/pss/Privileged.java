package io.dslint.rules.pss;

import io.dslint.model.Container;

/** privileged (baseline, v1.0+): no container may set securityContext.privileged: true. */
final class Privileged {
  static final PssCheck CHECK = PssCheck.builder("privileged", PssLevel.BASELINE)
      .since(0, Privileged::v1_0)
      .build();

  private Privileged() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      if (c.securityContext().isPrivileged()) {
        out.violation(c.securityContext().pointer().append("privileged"),
            c.describe() + " sets securityContext.privileged: true");
      }
    }
  }
}
