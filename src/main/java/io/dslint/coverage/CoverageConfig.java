package io.dslint.coverage;

import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;

/**
 * The settings of a coverage run that a project decides once: which nodes every DaemonSet must
 * cover and how severe a gap is. The command line sets them today ({@code --must-cover},
 * {@code --severity}); a {@code coverage:} section of .dslint.yaml ({@code mustCover: linux},
 * {@code severity: warning}) is meant to feed the same record, the command line overriding it.
 */
public record CoverageConfig(MustCover mustCover, Severity severity) {

  /** Every node each DaemonSet selects, at the catalog severity of node-coverage-gap. */
  public static CoverageConfig defaults() {
    return new CoverageConfig(MustCover.SELECTED,
        RuleCatalog.builtin().get(RuleRegistry.NODE_COVERAGE_GAP).severity());
  }

  public CoverageConfig withMustCover(MustCover m) {
    return new CoverageConfig(m, severity);
  }

  public CoverageConfig withSeverity(Severity s) {
    return new CoverageConfig(mustCover, s);
  }
}
