package io.dslint.cli;

import io.dslint.rules.Severity;
import java.util.List;

/**
 * A parsed {@code lint} command line. {@code failOn} is null for "none". Only the cli package
 * knows Commons CLI; everything after parsing sees this record.
 */
record LintRequest(List<String> paths, List<OutputSpec> outputs, Severity failOn,
    List<String> enable, List<String> disable, boolean quiet, boolean noColor) {}
