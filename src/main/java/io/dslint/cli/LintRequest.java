package io.dslint.cli;

import io.dslint.rules.Severity;
import java.util.List;

/**
 * A parsed {@code lint} command line. {@code failOn} is null for "none"; {@code kubernetesVersion}
 * is null when not given (the newest embedded one). Only the cli package
 * knows Commons CLI; everything after parsing sees this record.
 */
record LintRequest(List<String> paths, List<OutputSpec> outputs, Severity failOn,
    List<String> enable, List<String> disable, boolean quiet, boolean noColor, String kubernetesVersion,
    boolean strict, List<String> schemaLocations) {}
