package io.dslint.cli;

import io.dslint.Project;
import io.dslint.coverage.Coverage;
import io.dslint.coverage.CoverageJson;
import io.dslint.coverage.CoverageReport;
import io.dslint.coverage.CoverageTable;
import io.dslint.coverage.NodeReader;
import io.dslint.report.ReportContext;
import io.dslint.report.Reporters;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputError;
import io.dslint.source.SourceExpander;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dslint coverage}: reads the nodes (any problem there stops the run with exit code 2: a
 * wrong node list gives wrong answers), evaluates the manifests' DaemonSets on them and writes
 * the table or json. Exit codes as for lint.
 */
final class CoverageCommand {
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  CoverageCommand(InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  ExitCode run(CoverageRequest request) throws UsageException, IOException {
    SourceExpander.Expansion nodeFiles = new SourceExpander(stdin).expand(request.nodePaths());
    List<InputError> nodeErrors = new ArrayList<>(nodeFiles.errors());
    NodeReader.Result nodes = NodeReader.read(nodeFiles.sources());
    nodeErrors.addAll(nodes.errors());
    if (!nodeErrors.isEmpty()) {
      for (InputError e : nodeErrors) {
        err.println("dslint: " + e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": "
            + e.message());
      }
      err.println("dslint: coverage needs a correct node list; fix the node file" + (nodeErrors.size() == 1 ? "" : "s")
          + " first");
      return ExitCode.INPUT_ERROR;
    }
    if (nodes.nodes().isEmpty()) {
      throw new UsageException("the node files define no nodes");
    }
    SourceExpander.Expansion manifests = new SourceExpander(stdin).expand(request.paths());
    CoverageReport report = new Coverage(request.config(), nodes.nodes())
        .run(manifests.sources(), manifests.errors());
    List<Writer> opened = new ArrayList<>();
    try {
      Writer w = request.output() == null ? out : Main.openOutput(request.output(), opened);
      if (request.format().equals("json")) {
        new CoverageJson(w, Project.version()).write(report);
      } else {
        boolean color = request.output() == null && terminal && !request.noColor()
            && System.getenv("NO_COLOR") == null;
        ReportContext context = new ReportContext(w, RuleCatalog.builtin(),
            List.of(RuleRegistry.YAML_SYNTAX, RuleRegistry.NODE_COVERAGE_GAP), Project.version(), color, false,
            false);
        new CoverageTable(w, Reporters.create("text", context)).write(report);
      }
      w.flush();
    } finally {
      for (Writer w : opened) {
        w.close();
      }
    }
    if (report.summary().errors() > 0) {
      return ExitCode.INPUT_ERROR;
    }
    return report.summary().anyAtLeast(request.failOn()) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
