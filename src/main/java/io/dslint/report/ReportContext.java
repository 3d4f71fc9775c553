package io.dslint.report;

import io.dslint.rules.RuleCatalog;
import java.io.Writer;
import java.util.List;

/**
 * What every reporter may use: where to write, the catalog and the rules that ran, the tool
 * version, presentation.
 */
public record ReportContext(Writer out, RuleCatalog catalog, List<String> enabledRules,
    String toolVersion, boolean color, boolean quiet) {}
