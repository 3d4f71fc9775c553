package io.dslint.coverage;

import io.dslint.engine.FileResult;
import io.dslint.engine.RunSummary;
import java.util.List;

/**
 * Everything a coverage run found: the nodes, each DaemonSet's coverage in input order, and per
 * manifest file the gap findings and input errors (as lint reports them), with their totals.
 */
public record CoverageReport(CoverageConfig config, List<KubeNode> nodes, List<DaemonSetCoverage> daemonSets,
    List<FileResult> files, RunSummary summary) {}
