package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.Probe;

/**
 * hostProbesAndHostLifecycle (baseline, v1.34+): probes (liveness, readiness, startup) and
 * lifecycle hooks (postStart, preStop) must not set httpGet.host or tcpSocket.host: the kubelet
 * would connect to that address from the node, on the pod's behalf.
 */
final class HostProbesAndHostLifecycle {
  static final PssCheck CHECK = PssCheck.builder("hostProbesAndHostLifecycle", PssLevel.BASELINE)
      .since(34, HostProbesAndHostLifecycle::v1_34)
      .build();

  private HostProbesAndHostLifecycle() {}

  private static void v1_34(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      check(c, c.livenessProbe(), "livenessProbe", out);
      check(c, c.readinessProbe(), "readinessProbe", out);
      check(c, c.startupProbe(), "startupProbe", out);
      if (c.lifecycle() != null) {
        check(c, c.lifecycle().postStart(), "lifecycle.postStart", out);
        check(c, c.lifecycle().preStop(), "lifecycle.preStop", out);
      }
    }
  }

  private static void check(Container c, Probe p, String what, PssCheck.Sink out) {
    if (p != null && p.host() != null && !p.host().value().isEmpty()) {
      out.violation(p.host().pointer(), c.describe() + " " + what + " targets host \"" + p.host().value() + "\"");
    }
  }
}
