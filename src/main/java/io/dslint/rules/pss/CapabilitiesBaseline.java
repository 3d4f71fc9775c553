package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.Located;
import java.util.Locale;
import java.util.Set;

/**
 * capabilities_baseline (baseline, v1.0+): capabilities.add may only name capabilities of the
 * container runtime's default set. Names are compared exactly, as the admission controller
 * does: "chown" or "CAP_CHOWN" are not "CHOWN". Each offending entry is reported.
 */
final class CapabilitiesBaseline {
  static final String ID = "capabilities_baseline";

  static final Set<String> ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
      "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  static final PssCheck CHECK = PssCheck.builder(ID, PssLevel.BASELINE)
      .since(0, CapabilitiesBaseline::v1_0)
      .build();

  private CapabilitiesBaseline() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    for (Container c : pod.containers()) {
      for (Located<String> cap : c.securityContext().capabilities().add()) {
        if (!ALLOWED.contains(cap.value())) {
          out.violation(cap.pointer(), c.describe() + " adds capability " + cap.value()
              + ", which is not in the default set baseline allows" + spellingHint(cap.value()));
        }
      }
    }
  }

  /** A hint when the name is an allowed capability written in another case or with CAP_. */
  static String spellingHint(String name) {
    String canonical = name.toUpperCase(Locale.ROOT);
    if (canonical.startsWith("CAP_")) {
      canonical = canonical.substring(4);
    }
    return !canonical.equals(name) && ALLOWED.contains(canonical)
        ? " (names are exact and without CAP_: write " + canonical + ")" : "";
  }
}
