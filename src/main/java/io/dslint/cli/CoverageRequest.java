package io.dslint.cli;

import io.dslint.coverage.CoverageConfig;
import io.dslint.rules.Severity;
import java.util.List;

/**
 * A parsed {@code coverage} command line: node files, manifests, the run's coverage settings,
 * the output and the exit threshold ({@code failOn} null for "none").
 */
record CoverageRequest(List<String> nodePaths, List<String> paths, CoverageConfig config, String format,
    String output, Severity failOn, boolean noColor) {}
