package io.dslint.report;

import io.dslint.engine.ObjectRef;
import io.dslint.engine.PodSecurityResult;
import io.dslint.engine.RunSummary;
import io.dslint.rules.pss.PssLevel;
import io.dslint.rules.pss.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Pod Security verdicts as the machine formats write them, and as the text format says them. */
final class PodSecurityOutput {
  private PodSecurityOutput() {}

  /** One verdict: where, which object, the level it satisfies, what blocks the next ones. */
  static Map<String, Object> entry(PodSecurityResult r, Object location) {
    Verdict v = r.verdict();
    Map<String, Object> m = new LinkedHashMap<>();
    if (location != null) {
      m.put("location", location);
    }
    m.put("version", v.version().toString());
    m.put("level", v.level().id());
    m.put("nextLevel", v.nextLevel() == null ? null : v.nextLevel().id());
    m.put("blockedBy", v.blockers());
    Map<String, Object> violations = new LinkedHashMap<>();
    violations.put(PssLevel.BASELINE.id(), v.baselineViolations());
    violations.put(PssLevel.RESTRICTED.id(), v.restrictedViolations());
    m.put("violations", violations);
    return m;
  }

  /** The json format's object reference, as findings carry it. */
  static Map<String, Object> object(ObjectRef o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", o.apiVersion());
    m.put("kind", o.kind());
    m.put("namespace", o.namespace());
    m.put("name", o.name());
    m.put("document", o.document());
    return m;
  }

  /** Verdict counts by level, least strict first. */
  static Map<String, Object> counts(RunSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (PssLevel l : PssLevel.values()) {
      m.put(l.id(), s.podSecurity(l));
    }
    return m;
  }

  /**
   * "DaemonSet logging/agent: satisfies baseline (Pod Security v1.35); restricted blocked by:
   * runAsNonRoot, seccompProfile_restricted".
   */
  static String sentence(PodSecurityResult r) {
    Verdict v = r.verdict();
    StringBuilder sb = new StringBuilder(r.objectLabel()).append(": satisfies ");
    sb.append(v.level() == PssLevel.PRIVILEGED ? "only privileged" : v.level().id());
    sb.append(" (Pod Security ").append(v.version()).append(')');
    if (v.nextLevel() != null) {
      sb.append("; ").append(v.nextLevel().id()).append(" blocked by: ").append(String.join(", ", v.blockers()));
    }
    return sb.toString();
  }

  /** "Pod Security: 5 DaemonSets need privileged, 2 satisfy baseline, 1 satisfies restricted". */
  static String summary(RunSummary s) {
    int p = s.podSecurity(PssLevel.PRIVILEGED);
    int b = s.podSecurity(PssLevel.BASELINE);
    int r = s.podSecurity(PssLevel.RESTRICTED);
    return String.format("Pod Security: %d %s privileged, %d %s baseline, %d %s restricted",
        p, p == 1 ? "DaemonSet needs" : "DaemonSets need", b, b == 1 ? "satisfies" : "satisfy",
        r, r == 1 ? "satisfies" : "satisfy");
  }
}
