package io.dslint.rules.pss;

import io.dslint.rules.RuleOptions;

/** pod-security-baseline: a violated check of the Pod Security Standards baseline level. */
public final class PodSecurityBaseline extends PodSecurityRule {
  public static final String ID = "pod-security-baseline";

  public PodSecurityBaseline(RuleOptions options) {
    super(PssLevel.BASELINE, options);
  }

  @Override
  public String id() {
    return ID;
  }
}
