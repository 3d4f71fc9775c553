package io.dslint.rules.pss;

import io.dslint.model.PodTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Pod Security Standards as the admission controller evaluates them: every check with its
 * level and versioned revisions, and evaluation of a pod template at a level and policy version.
 *
 * <p>At the baseline level the baseline checks run. At the restricted level the restricted
 * checks run, plus the baseline checks that no restricted revision in force overrides. A
 * template satisfies a level when no check run at that level reports a violation.
 */
public final class PodSecurity {
  /** Baseline checks first, then restricted ones; reports list check ids in this order. */
  public static final List<PssCheck> CHECKS = List.of(
      HostNamespaces.CHECK,
      Privileged.CHECK,
      CapabilitiesBaseline.CHECK,
      HostPathVolumes.CHECK,
      HostPorts.CHECK,
      HostProbesAndHostLifecycle.CHECK,
      AppArmorProfile.CHECK,
      SeLinux.CHECK,
      ProcMount.BASELINE,
      Seccomp.BASELINE,
      Sysctls.CHECK,
      WindowsHostProcess.CHECK,
      RestrictedVolumes.CHECK,
      AllowPrivilegeEscalation.CHECK,
      RunAsNonRoot.CHECK,
      RunAsUser.CHECK,
      Seccomp.RESTRICTED,
      CapabilitiesRestricted.CHECK,
      ProcMount.RESTRICTED);

  /** The newest policy version any check has a revision for; newer versions evaluate the same. */
  public static final PolicyVersion NEWEST_POLICY = newest();

  private PodSecurity() {}

  private static PolicyVersion newest() {
    PolicyVersion max = PolicyVersion.V1_0;
    for (PssCheck c : CHECKS) {
      for (PolicyVersion v : c.versions()) {
        if (v.compareTo(max) > 0) {
          max = v;
        }
      }
    }
    return max;
  }

  /** The checks (with their revision in force) that run at {@code level} and {@code version}. */
  public static List<PssCheck> checksAt(PssLevel level, PolicyVersion version) {
    List<PssCheck> out = new ArrayList<>();
    if (level == PssLevel.PRIVILEGED) {
      return out;
    }
    Set<String> overridden = new HashSet<>();
    if (level == PssLevel.RESTRICTED) {
      for (PssCheck c : CHECKS) {
        PssCheck.Revision r = c.revisionAt(version);
        if (c.level() == PssLevel.RESTRICTED && r != null) {
          overridden.addAll(r.overrides());
        }
      }
    }
    for (PssCheck c : CHECKS) {
      boolean runs = c.level() == PssLevel.BASELINE || level == PssLevel.RESTRICTED;
      if (runs && c.revisionAt(version) != null && !overridden.contains(c.id())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Violations of the checks that run at {@code level}, as admission would find them. */
  public static List<Violation> evaluate(PodTemplate template, PssLevel level, PolicyVersion version,
      PolicyVersion cluster) {
    return run(checksAt(level, version), template, version, cluster);
  }

  /**
   * Violations of the checks that belong to {@code checkLevel} (baseline: the baseline checks;
   * restricted: only the checks restricted adds), at {@code version}: what the rule of that
   * level reports.
   */
  public static List<Violation> evaluateChecksOf(PodTemplate template, PssLevel checkLevel,
      PolicyVersion version, PolicyVersion cluster) {
    List<PssCheck> checks = new ArrayList<>();
    for (PssCheck c : CHECKS) {
      if (c.level() == checkLevel && c.revisionAt(version) != null) {
        checks.add(c);
      }
    }
    return run(checks, template, version, cluster);
  }

  private static List<Violation> run(List<PssCheck> checks, PodTemplate template, PolicyVersion version,
      PolicyVersion cluster) {
    Subject pod = new Subject(template, cluster);
    List<Violation> out = new ArrayList<>();
    for (PssCheck c : checks) {
      c.revisionAt(version).evaluation().evaluate(pod,
          (pointer, detail) -> out.add(new Violation(c.id(), c.level(), pointer, detail)));
    }
    return out;
  }

  /** The strictest level the template satisfies, with what blocks each stricter level. */
  public static Verdict verdict(PodTemplate template, PolicyVersion version, PolicyVersion cluster) {
    List<String> baseline = failing(evaluate(template, PssLevel.BASELINE, version, cluster));
    List<String> restricted = failing(evaluate(template, PssLevel.RESTRICTED, version, cluster));
    PssLevel level = !restricted.isEmpty() || !baseline.isEmpty()
        ? (baseline.isEmpty() ? PssLevel.BASELINE : PssLevel.PRIVILEGED) : PssLevel.RESTRICTED;
    return new Verdict(version, level, baseline, restricted);
  }

  /** The ids of the checks with violations, in check order, each once. */
  private static List<String> failing(List<Violation> violations) {
    Set<String> ids = new LinkedHashSet<>();
    violations.forEach(v -> ids.add(v.checkId()));
    return List.copyOf(ids);
  }
}
