package io.dslint.report;

import io.dslint.rules.RuleCatalog;
import java.io.Writer;

/**
 * What every reporter may use: where to write, the catalog, the tool version, presentation, and
 * whether the run evaluates Pod Security (then the machine formats always carry the verdicts'
 * section, even when it is empty).
 */
public record ReportContext(Writer out, RuleCatalog catalog, String toolVersion, boolean color,
    boolean quiet, boolean podSecurity) {

  public ReportContext(Writer out, RuleCatalog catalog, String toolVersion, boolean color, boolean quiet) {
    this(out, catalog, toolVersion, color, quiet, false);
  }
}
