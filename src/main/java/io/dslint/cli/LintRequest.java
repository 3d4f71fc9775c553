package io.dslint.cli;

import io.dslint.config.Overrides;
import java.util.List;

/**
 * A parsed {@code lint} command line. {@code failOn} is error, warning, info, none, or null when
 * not given (then the configuration file's, or error); the version and Pod Security fields are
 * null when not given. {@code config} is --config (null: look for .dslint.yaml unless
 * {@code noConfig}). Only the cli package knows Commons CLI; everything after parsing sees this
 * record.
 */
record LintRequest(List<String> paths, List<OutputSpec> outputs, String failOn,
    List<String> enable, List<String> disable, boolean quiet, boolean noColor,
    String kubernetesVersion, String pssLevel, String pssVersion, boolean strict,
    List<String> schemaLocations, String config, boolean noConfig, boolean noSuppressions,
    String baseline, String writeBaseline, List<String> rulesDirs) {

  /** What the command line sets over the configuration file. */
  Overrides overrides() {
    return new Overrides(kubernetesVersion, strict ? null : false, schemaLocations, failOn, pssLevel, pssVersion,
        noSuppressions,
        baseline, rulesDirs, enable, disable);
  }
}
