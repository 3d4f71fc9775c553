package io.dslint.rules.pss;

import io.dslint.model.Container;

/**
 * procMount (baseline) and procMount_restricted (restricted, v1.35+): securityContext.procMount
 * must be unset or Default. From policy v1.35 baseline allows any value in a user-namespace pod
 * (spec.hostUsers: false), and restricted gets its own check, which keeps the unconditional rule
 * and overrides the relaxed baseline one.
 */
final class ProcMount {
  static final String BASELINE_ID = "procMount";

  static final PssCheck BASELINE = PssCheck.builder(BASELINE_ID, PssLevel.BASELINE)
      .since(0, ProcMount::unmaskedForbidden)
      .since(35, ProcMount::v1_35Baseline)
      .build();

  static final PssCheck RESTRICTED = PssCheck.builder("procMount_restricted", PssLevel.RESTRICTED)
      .since(35, ProcMount::unmaskedForbidden, BASELINE_ID)
      .build();

  private ProcMount() {}

  private static void v1_35Baseline(Subject pod, PssCheck.Sink out) {
    if (!pod.inUserNamespace()) {
      unmaskedForbidden(pod, out);
    }
  }

  private static void unmaskedForbidden(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      String procMount = c.securityContext().procMount();
      if (procMount != null && !procMount.equals("Default")) {
        out.violation(c.securityContext().pointer().append("procMount"), c.describe()
            + " sets securityContext.procMount: " + procMount + (pod.inUserNamespace() ? "" : " outside a user namespace"));
      }
    }
  }
}
