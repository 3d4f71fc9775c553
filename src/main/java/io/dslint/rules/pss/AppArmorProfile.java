package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.Profile;
import java.util.Map;

/**
 * appArmorProfile (baseline, v1.0+): the appArmorProfile fields (pod and containers) must be
 * RuntimeDefault or Localhost, and the legacy annotations
 * {@code container.apparmor.security.beta.kubernetes.io/*} must be empty, runtime/default or
 * localhost/*. The admission controller added the field check to its single v1.0 revision when
 * the fields appeared (Kubernetes 1.30), so it applies at every policy version.
 */
final class AppArmorProfile {
  static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  static final PssCheck CHECK = PssCheck.builder("appArmorProfile", PssLevel.BASELINE)
      .since(0, AppArmorProfile::v1_0)
      .build();

  private AppArmorProfile() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    check(pod.spec().securityContext().appArmorProfile(), "the pod", out);
    for (Container c : pod.containers()) {
      check(c.securityContext().appArmorProfile(), c.describe(), out);
    }
    for (Map.Entry<String, String> a : pod.metadata().annotations().entrySet()) {
      String value = a.getValue();
      if (a.getKey().startsWith(ANNOTATION_PREFIX) && !value.isEmpty() && !value.equals("runtime/default")
          && !value.startsWith("localhost/")) {
        out.violation(pod.annotation(a.getKey()), "annotation " + a.getKey() + " sets AppArmor profile \""
            + value + "\" (allowed: runtime/default, localhost/*)");
      }
    }
  }

  private static void check(Profile p, String who, PssCheck.Sink out) {
    if (p != null && !"RuntimeDefault".equals(p.type()) && !"Localhost".equals(p.type())) {
      out.violation(p.pointer().append("type"), who + " sets securityContext.appArmorProfile.type to "
          + (p.type() == null ? "nothing" : p.type()) + " (allowed: RuntimeDefault, Localhost)");
    }
  }
}
