package io.dslint.cli;

import io.dslint.coverage.CoverageConfig;
import io.dslint.coverage.MustCover;
import io.dslint.rules.Severity;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options of {@code dslint coverage}, parsed into a {@link CoverageRequest}. */
final class CoverageCommandLine {
  static final List<String> FORMATS = List.of("table", "json");

  private CoverageCommandLine() {}

  static Options options() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("nodes").hasArg().argName("FILE")
        .desc("the nodes: kubectl get nodes -o yaml output, Node documents or a NodeInventory;"
            + " a file, a directory or - (repeatable; required)").build());
    o.addOption(Option.builder().longOpt("must-cover").hasArg().argName("NODES")
        .desc("nodes every DaemonSet must run on, else a node-coverage-gap finding: selected (default:"
            + " the nodes its own nodeSelector, affinity and nodeName select), all, linux, none, or a node"
            + " label selector such as node-role.kubernetes.io/worker or kubernetes.io/os=linux,tier=edge").build());
    o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
        .desc("table (default) or json").build());
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write to FILE instead of stdout").build());
    o.addOption(LintCommandLine.failOnOption());
    o.addOption(Option.builder().longOpt("severity").hasArg().argName("LEVEL")
        .desc("severity of node-coverage-gap findings: error (default), warning, info").build());
    o.addOption(Option.builder().longOpt("no-color").desc("never colour the table output").build());
    o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    return o;
  }

  static void printHelp(PrintWriter out) {
    new HelpFormatter().printHelp(out, 100, "dslint coverage --nodes NODES.yaml [OPTIONS] PATH...",
        "For every DaemonSet in PATH (files, directories, or - for stdin): the nodes that would run its pod"
            + " and, for every node that would not, each reason (taints, nodeSelector, node affinity, nodeName,"
            + " requests against allocatable, the pod's OS).\n\n", options(), 2, 4,
        "\nExit codes: 0 no gap at or above --fail-on, 1 gaps, 2 usage or input error, 3 internal error.");
    out.flush();
  }

  /** Returns null when help was asked for. */
  static CoverageRequest parse(String[] args) throws UsageException {
    CommandLine cmd = LintCommandLine.commandLine(options(), args);
    if (cmd == null) {
      return null;
    }
    String[] nodes = cmd.getOptionValues("nodes");
    if (nodes == null) {
      throw new UsageException("coverage needs --nodes FILE (kubectl get nodes -o yaml > nodes.yaml, or a"
          + " NodeInventory)");
    }
    List<String> paths = cmd.getArgList();
    if (paths.isEmpty()) {
      throw new UsageException("no manifests given (use - to read standard input)");
    }
    if (List.of(nodes).contains("-") && paths.contains("-")) {
      throw new UsageException("standard input can hold the nodes or the manifests, not both");
    }
    String format = cmd.getOptionValue("format", "table");
    if (!FORMATS.contains(format)) {
      throw new UsageException("unknown coverage format \"" + format + "\" (use table or json)");
    }
    CoverageConfig config = CoverageConfig.defaults();
    if (cmd.hasOption("must-cover")) {
      try {
        config = config.withMustCover(MustCover.parse(cmd.getOptionValue("must-cover")));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (cmd.hasOption("severity")) {
      try {
        config = config.withSeverity(Severity.parse(cmd.getOptionValue("severity")));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--severity takes error, warning or info, not \"" + cmd.getOptionValue("severity")
            + "\"");
      }
    }
    return new CoverageRequest(List.of(nodes), List.copyOf(paths), config, format, cmd.getOptionValue("output"),
        LintCommandLine.failOn(cmd.getOptionValue("fail-on", "error")), cmd.hasOption("no-color"));
  }
}
