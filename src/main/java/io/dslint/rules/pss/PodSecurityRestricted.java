package io.dslint.rules.pss;

import io.dslint.rules.RuleOptions;

/**
 * pod-security-restricted: a violated check of those the restricted level adds to baseline
 * (the baseline checks are pod-security-baseline's).
 */
public final class PodSecurityRestricted extends PodSecurityRule {
  public static final String ID = "pod-security-restricted";

  public PodSecurityRestricted(RuleOptions options) {
    super(PssLevel.RESTRICTED, options);
  }

  @Override
  public String id() {
    return ID;
  }
}
