package io.dslint.rules.pss;

import io.dslint.model.DaemonSet;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two Pod Security rules: each reports the violated checks of its own level, one finding
 * per offending field, evaluated at the policy version the options name. The finding carries
 * the check id, level and policy version as properties (psaCheck, psaLevel, psaVersion).
 */
public abstract class PodSecurityRule implements Rule {
  private final PssLevel level;
  private final PolicyVersion version;
  private final PolicyVersion cluster;

  PodSecurityRule(PssLevel level, RuleOptions options) {
    this.level = level;
    this.cluster = clusterVersion(options);
    this.version = policyVersion(options);
  }

  /** The cluster (admission controller) version the options target. */
  public static PolicyVersion clusterVersion(RuleOptions options) {
    return PolicyVersion.parse(options.kubernetesVersion());
  }

  /** The policy version a namespace of that cluster evaluates, given its pinned version. */
  public static PolicyVersion policyVersion(RuleOptions options) {
    return PolicyVersion.effective(clusterVersion(options), options.podSecurityVersion());
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    if (!ds.template().present()) {
      return;
    }
    for (Violation v : PodSecurity.evaluateChecksOf(ds.template(), level, version, cluster)) {
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("psaCheck", v.checkId());
      properties.put("psaLevel", v.level().id());
      properties.put("psaVersion", version.toString());
      out.add(v.pointer(), v.message(), properties);
    }
  }
}
