package io.dslint.coverage;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.RunSummary;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coverage command's work: reads the manifests as lint reads them (documents, List items,
 * input errors; no rules run), evaluates every DaemonSet on every node, and turns the gaps into
 * node-coverage-gap findings.
 */
public final class Coverage {
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
      .thenComparingInt(Finding::column).thenComparing(Finding::message);

  private final CoverageConfig config;
  private final List<KubeNode> nodes;

  public Coverage(CoverageConfig config, List<KubeNode> nodes) {
    this.config = config;
    this.nodes = List.copyOf(nodes);
  }

  /** Evaluates the readable sources; {@code unreadable} are the paths that could not be used. */
  public CoverageReport run(List<InputSource> sources, List<InputError> unreadable) {
    // Only yaml-syntax stays on, so that unparsable input shows where it is, as in lint.
    LintConfig reading = LintConfig.builder().disable("all").enable(RuleRegistry.YAML_SYNTAX).build();
    RunSummary summary = new RunSummary();
    List<FileResult> files = new ArrayList<>();
    List<DaemonSetCoverage> all = new ArrayList<>();
    for (InputError e : unreadable) {
      files.add(FileResult.unreadable(e));
    }
    for (InputSource source : sources) {
      List<DaemonSetCoverage> here = new ArrayList<>();
      FileResult read = new Linter(reading, (ds, doc, object) ->
          here.add(CoverageEvaluator.evaluate(source.displayName(), doc, object, ds, nodes))).lint(source);
      List<Finding> findings = new ArrayList<>(read.findings());
      for (DaemonSetCoverage c : here) {
        findings.addAll(CoverageGaps.findings(c, config));
      }
      findings.sort(ORDER);
      files.add(new FileResult(read.file(), List.copyOf(findings), read.errors(), read.objectRefs(),
          read.documents(), read.daemonSets(), read.nonKubernetesDocuments(), read.podSecurity()));
      all.addAll(here);
    }
    files.forEach(summary::add);
    return new CoverageReport(config, nodes, List.copyOf(all), List.copyOf(files), summary);
  }
}
