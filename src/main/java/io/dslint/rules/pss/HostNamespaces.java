package io.dslint.rules.pss;

import io.dslint.model.PodSpec;

/**
 * hostNamespaces (baseline, v1.0+): spec.hostNetwork, hostPID and hostIPC must be unset or
 * false. Each one set to true is reported at its field.
 */
final class HostNamespaces {
  static final PssCheck CHECK = PssCheck.builder("hostNamespaces", PssLevel.BASELINE)
      .since(0, HostNamespaces::v1_0)
      .build();

  private HostNamespaces() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    PodSpec spec = pod.spec();
    if (Boolean.TRUE.equals(spec.hostNetwork())) {
      out.violation(spec.pointer().append("hostNetwork"), "the pod shares the node's network namespace (hostNetwork: true)");
    }
    if (Boolean.TRUE.equals(spec.hostPID())) {
      out.violation(spec.pointer().append("hostPID"), "the pod shares the node's process namespace (hostPID: true)");
    }
    if (Boolean.TRUE.equals(spec.hostIPC())) {
      out.violation(spec.pointer().append("hostIPC"), "the pod shares the node's IPC namespace (hostIPC: true)");
    }
  }
}
