package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.ContainerPort;

/** hostPorts (baseline, v1.0+): no container port may set a non-zero hostPort. */
final class HostPorts {
  static final PssCheck CHECK = PssCheck.builder("hostPorts", PssLevel.BASELINE)
      .since(0, HostPorts::v1_0)
      .build();

  private HostPorts() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      for (ContainerPort p : c.ports()) {
        if (p.hostPort() != null && p.hostPort() != 0) {
          out.violation(p.pointer().append("hostPort"), c.describe() + " binds host port " + p.hostPort());
        }
      }
    }
  }
}
