package io.dslint.cli;

import io.dslint.rules.RuleOptions;
import io.dslint.rules.Severity;
import java.util.List;

/**
 * A parsed {@code lint} command line. {@code failOn} is null for "none"; the version and Pod
 * Security fields are null when not given (the version then is the newest embedded one). Only
 * the cli package knows Commons CLI; everything after parsing sees this record.
 */
record LintRequest(List<String> paths, List<OutputSpec> outputs, Severity failOn,
    List<String> enable, List<String> disable, boolean quiet, boolean noColor,
    String kubernetesVersion, String pssLevel, String pssVersion, boolean strict,
    List<String> schemaLocations) {

  /** The rule options the request asks for, over the defaults. */
  RuleOptions ruleOptions() {
    RuleOptions o = RuleOptions.defaults();
    if (kubernetesVersion != null) {
      o = o.withKubernetesVersion(kubernetesVersion);
    }
    return o.withPodSecurityVersion(pssVersion);
  }
}
