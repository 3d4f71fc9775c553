package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.WindowsOptions;

/**
 * windowsHostProcess (baseline, v1.0+): neither the pod nor a container may set
 * securityContext.windowsOptions.hostProcess: true.
 */
final class WindowsHostProcess {
  static final PssCheck CHECK = PssCheck.builder("windowsHostProcess", PssLevel.BASELINE)
      .since(0, WindowsHostProcess::v1_0)
      .build();

  private WindowsHostProcess() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    check(pod.spec().securityContext().windowsOptions(), "the pod", out);
    for (Container c : pod.containers()) {
      check(c.securityContext().windowsOptions(), c.describe(), out);
    }
  }

  private static void check(WindowsOptions w, String who, PssCheck.Sink out) {
    if (w != null && Boolean.TRUE.equals(w.hostProcess())) {
      out.violation(w.pointer().append("hostProcess"), who
          + " sets securityContext.windowsOptions.hostProcess: true (a Windows HostProcess container)");
    }
  }
}
