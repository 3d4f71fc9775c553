package io.dslint.rules.pss;

import io.dslint.model.Volume;

/** hostPathVolumes (baseline, v1.0+): no volume may be a hostPath. */
final class HostPathVolumes {
  static final String ID = "hostPathVolumes";

  static final PssCheck CHECK = PssCheck.builder(ID, PssLevel.BASELINE)
      .since(0, HostPathVolumes::v1_0)
      .build();

  private HostPathVolumes() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    for (Volume v : pod.spec().volumes()) {
      if (v.hostPath() != null) {
        String path = v.hostPath().path();
        out.violation(v.hostPath().pointer(), "volume \"" + v.name() + "\" is a hostPath volume"
            + (path != null ? " (" + path + ")" : ""));
      }
    }
  }
}
