package io.dslint.report;

import io.dslint.rules.RuleCatalog;
import java.io.Writer;
import java.util.List;

/**
 * What every reporter may use: where to write, the catalog and the rules that ran, the tool
 * version, presentation, whether the run evaluates Pod Security (then the machine formats
 * always carry the verdicts' section, even when it is empty), and whether findings were compared
 * with a baseline (then SARIF results carry their baselineState).
 */
public record ReportContext(Writer out, RuleCatalog catalog, List<String> enabledRules,
    String toolVersion, boolean color, boolean quiet, boolean podSecurity, boolean baseline) {

  public ReportContext(Writer out, RuleCatalog catalog, List<String> enabledRules, String toolVersion,
      boolean color, boolean quiet, boolean podSecurity) {
    this(out, catalog, enabledRules, toolVersion, color, quiet, podSecurity, false);
  }
}
