package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.Profile;
import io.dslint.yaml.Pointer;

/**
 * seccompProfile_baseline (baseline) and seccompProfile_restricted (restricted).
 *
 * <p>Baseline: below policy v1.19 the legacy annotations ({@code seccomp.security.alpha.kubernetes.io/pod},
 * {@code container.seccomp.security.alpha.kubernetes.io/<container>}) must be runtime/default,
 * docker/default or localhost/*; from v1.19 the seccompProfile fields must not be set to
 * anything but RuntimeDefault or Localhost.
 *
 * <p>Restricted (v1.19+, overrides the baseline check): the pod, or else every container, must
 * set RuntimeDefault or Localhost. From v1.25 pods with spec.os.name: windows are exempt.
 */
final class Seccomp {
  static final String BASELINE_ID = "seccompProfile_baseline";
  static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

  static final PssCheck BASELINE = PssCheck.builder(BASELINE_ID, PssLevel.BASELINE)
      .since(0, Seccomp::baselineAnnotations)
      .since(19, Seccomp::baselineFields)
      .build();

  static final PssCheck RESTRICTED = PssCheck.builder("seccompProfile_restricted", PssLevel.RESTRICTED)
      .since(19, Seccomp::restricted, BASELINE_ID)
      .since(25, (pod, out) -> {
        if (!pod.isWindows()) {
          restricted(pod, out);
        }
      }, BASELINE_ID)
      .build();

  private Seccomp() {}

  private static boolean validType(String type) {
    return "RuntimeDefault".equals(type) || "Localhost".equals(type);
  }

  private static boolean validAnnotation(String value) {
    return value.equals("runtime/default") || value.equals("docker/default") || value.startsWith("localhost/");
  }

  private static void baselineAnnotations(Subject pod, PssCheck.Sink out) {
    String podValue = pod.metadata().annotations().get(POD_ANNOTATION);
    if (podValue != null && !validAnnotation(podValue)) {
      out.violation(pod.annotation(POD_ANNOTATION), "annotation " + POD_ANNOTATION + " sets seccomp profile \""
          + podValue + "\" (allowed: runtime/default, docker/default, localhost/*)");
    }
    for (Container c : pod.containers()) {
      if (c.name() == null) {
        continue;
      }
      String key = CONTAINER_ANNOTATION_PREFIX + c.name();
      String value = pod.metadata().annotations().get(key);
      if (value != null && !validAnnotation(value)) {
        out.violation(pod.annotation(key), "annotation " + key + " sets seccomp profile \"" + value
            + "\" for " + c.describe() + " (allowed: runtime/default, docker/default, localhost/*)");
      }
    }
  }

  private static void baselineFields(Subject pod, PssCheck.Sink out) {
    Profile podProfile = pod.spec().securityContext().seccompProfile();
    if (podProfile != null && !validType(podProfile.type())) {
      out.violation(typePointer(podProfile), "the pod sets securityContext.seccompProfile.type to " + describe(podProfile));
    }
    for (Container c : pod.containers()) {
      Profile p = c.securityContext().seccompProfile();
      if (p != null && !validType(p.type())) {
        out.violation(typePointer(p), c.describe() + " sets securityContext.seccompProfile.type to " + describe(p));
      }
    }
  }

  private static void restricted(Subject pod, PssCheck.Sink out) {
    Profile podProfile = pod.spec().securityContext().seccompProfile();
    boolean podSet = podProfile != null && validType(podProfile.type());
    if (podProfile != null && !podSet) {
      out.violation(typePointer(podProfile), "the pod sets securityContext.seccompProfile.type to "
          + describe(podProfile) + " (restricted requires RuntimeDefault or Localhost)");
    }
    for (Container c : pod.containers()) {
      Profile p = c.securityContext().seccompProfile();
      if (p != null) {
        if (!validType(p.type())) {
          out.violation(typePointer(p), c.describe() + " sets securityContext.seccompProfile.type to "
              + describe(p) + " (restricted requires RuntimeDefault or Localhost)");
        }
      } else if (podProfile == null) {
        out.violation(c.securityContext().pointer().append("seccompProfile"), c.describe()
            + " has no seccompProfile, and the pod sets none: set securityContext.seccompProfile.type"
            + " to RuntimeDefault or Localhost on the pod or on every container");
      }
    }
  }

  private static Pointer typePointer(Profile p) {
    return p.pointer().append("type");
  }

  private static String describe(Profile p) {
    return p.type() == null ? "nothing" : p.type();
  }
}
