package io.dslint.rules.pss;

import io.dslint.model.Capabilities;
import io.dslint.model.Container;
import io.dslint.model.Located;

/**
 * capabilities_restricted (restricted, v1.22+, overrides capabilities_baseline): every container
 * must drop ALL and may add only NET_BIND_SERVICE (names compared exactly). From v1.25 pods with
 * spec.os.name: windows are exempt.
 */
final class CapabilitiesRestricted {
  static final PssCheck CHECK = PssCheck.builder("capabilities_restricted", PssLevel.RESTRICTED)
      .since(22, CapabilitiesRestricted::v1_22, CapabilitiesBaseline.ID)
      .since(25, (pod, out) -> {
        if (!pod.isWindows()) {
          v1_22(pod, out);
        }
      }, CapabilitiesBaseline.ID)
      .build();

  private CapabilitiesRestricted() {}

  private static void v1_22(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      Capabilities caps = c.securityContext().capabilities();
      boolean dropsAll = caps.drop().stream().anyMatch(d -> d.value().equals("ALL"));
      if (!dropsAll) {
        out.violation(caps.pointer().append("drop"), c.describe()
            + " does not drop ALL capabilities (securityContext.capabilities.drop: [\"ALL\"])");
      }
      for (Located<String> cap : caps.add()) {
        if (!cap.value().equals("NET_BIND_SERVICE")) {
          out.violation(cap.pointer(), c.describe() + " adds capability " + cap.value()
              + "; restricted allows adding only NET_BIND_SERVICE");
        }
      }
    }
  }
}
