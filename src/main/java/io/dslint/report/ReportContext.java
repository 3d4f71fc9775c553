package io.dslint.report;

import io.dslint.rules.RuleCatalog;
import java.io.Writer;

/** What every reporter may use: where to write, the catalog, the tool version, presentation. */
public record ReportContext(Writer out, RuleCatalog catalog, String toolVersion, boolean color,
    boolean quiet) {}
