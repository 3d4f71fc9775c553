package io.dslint.cli;

import io.dslint.config.ConfigLoader;
import io.dslint.report.Reporters;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.pss.PolicyVersion;
import io.dslint.rules.pss.PssLevel;
import io.dslint.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The options of {@code dslint lint}, parsed into a {@link LintRequest}. */
final class LintCommandLine {
  private LintCommandLine() {}

  static Options options() {
    Options o = new Options();
    o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
        .desc("output format: " + String.join(", ", Reporters.FORMATS)
            + " (default text); repeatable, each with its own -o").build());
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write the preceding --format to FILE instead of stdout").build());
    o.addOption(Option.builder().longOpt("fail-on").hasArg().argName("LEVEL")
        .desc("lowest severity that makes the exit code 1: error, warning, info, none (default: the"
            + " configuration's fail-on, or error); suppressed and baseline findings never count").build());
    o.addOption(Option.builder().longOpt("enable").hasArg().argName("RULE")
        .desc("enable a rule (repeatable)").build());
    o.addOption(Option.builder().longOpt("disable").hasArg().argName("RULE")
        .desc("disable a rule, or all (repeatable; --enable applies after)").build());
    o.addOption(Option.builder().longOpt("kubernetes-version").hasArg().argName("X.Y")
        .desc("target Kubernetes version for schemas, removed APIs and Pod Security (default: the newest"
            + " embedded, " + RuleOptions.NEWEST_KUBERNETES_VERSION + ")").build());
    o.addOption(Option.builder().longOpt("no-strict")
        .desc("allow fields the schema does not define (strict, the default, rejects them as kubectl apply does)").build());
    o.addOption(Option.builder().longOpt("schema-location").hasArg().argName("DIR")
        .desc("extra schema folder in the kubeconform layout (v1.35.0-standalone-strict/daemonset-apps-v1.json),"
            + " tried before the embedded schemas; repeatable").build());
    o.addOption(Option.builder().longOpt("pss-level").hasArg().argName("LEVEL")
        .desc("enforce a Pod Security Standards level: baseline (enables pod-security-baseline) or"
            + " restricted (enables pod-security-baseline and pod-security-restricted; only --disable"
            + " naming a rule turns it off again, not --disable all)").build());
    o.addOption(Option.builder().longOpt("pss-version").hasArg().argName("VERSION")
        .desc("the Pod Security policy version the target namespace pins, as its"
            + " pod-security.kubernetes.io/enforce-version label: v1.Y or latest (default: latest,"
            + " the cluster's own)").build());
    o.addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
        .desc("configuration file (default: " + ConfigLoader.FILE_NAME + " in the working directory or the"
            + " nearest parent that has one); command-line options override it").build());
    o.addOption(Option.builder().longOpt("no-config").desc("use no configuration file").build());
    o.addOption(Option.builder().longOpt("no-suppressions")
        .desc("report every finding: ignore dslint-ignore comments, ignore.dslint.io annotations and the"
            + " configuration's suppressions").build());
    o.addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE")
        .desc("an earlier json or SARIF result: report only findings that are not in it").build());
    o.addOption(Option.builder().longOpt("write-baseline").hasArg().argName("FILE")
        .desc("write every finding of this run to FILE (json) as the new baseline; findings then do not"
            + " fail the run").build());
    o.addOption(Option.builder().longOpt("rules-dir").hasArg().argName("PATH")
        .desc("custom rule files: a folder of *.yaml rule files, or one file (repeatable)").build());
    o.addOption(Option.builder("q").longOpt("quiet").desc("print nothing when there is nothing to report").build());
    o.addOption(Option.builder().longOpt("no-color").desc("never colour the text output").build());
    o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    return o;
  }

  static void printHelp(PrintWriter out) {
    new HelpFormatter().printHelp(out, 100, "dslint lint [OPTIONS] PATH...",
        "Lint Kubernetes DaemonSet manifests: files, directories (*.yaml, *.yml, *.json, recursive)"
            + " or - for stdin.\n\n", options(), 2, 4,
        "\nExit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error.");
    out.flush();
  }

  static Option failOnOption() {
    return Option.builder().longOpt("fail-on").hasArg().argName("LEVEL")
        .desc("lowest severity that makes the exit code 1: error (default), warning, info, none").build();
  }

  /** Parses a command's options without abbreviations; null when --help was given. */
  static CommandLine commandLine(Options options, String[] args) throws UsageException {
    CommandLine cmd;
    try {
      cmd = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage());
    }
    return cmd.hasOption("help") ? null : cmd;
  }

  /** Returns null when help was asked for. */
  static LintRequest parse(String[] args) throws UsageException {
    CommandLine cmd = commandLine(options(), args);
    return cmd == null ? null : request(cmd, true);
  }

  /** The request of `dslint config`: the same options, no paths; null when help was asked for. */
  static LintRequest parseForConfig(String[] args) throws UsageException {
    CommandLine cmd = commandLine(options(), args);
    return cmd == null ? null : request(cmd, false);
  }

  private static LintRequest request(CommandLine cmd, boolean pathsRequired) throws UsageException {
    List<String> paths = cmd.getArgList();
    if (paths.isEmpty() && pathsRequired) {
      throw new UsageException("no paths given (use - to read standard input)");
    }
    if (!paths.isEmpty() && !pathsRequired) {
      throw new UsageException("config takes options only, not \"" + paths.get(0) + "\"");
    }
    if (cmd.hasOption("config") && cmd.hasOption("no-config")) {
      throw new UsageException("--config and --no-config exclude each other");
    }
    String failOn = cmd.getOptionValue("fail-on");
    if (failOn != null) {
      failOn(failOn);
    }
    return new LintRequest(List.copyOf(paths), outputs(cmd), failOn,
        values(cmd, "enable"), values(cmd, "disable"), cmd.hasOption("quiet"), cmd.hasOption("no-color"),
        kubernetesVersion(cmd.getOptionValue("kubernetes-version")), pssLevel(cmd.getOptionValue("pss-level")),
        pssVersion(cmd.getOptionValue("pss-version")), !cmd.hasOption("no-strict"), schemaLocations(cmd),
        cmd.getOptionValue("config"), cmd.hasOption("no-config"),
        cmd.hasOption("no-suppressions"), cmd.getOptionValue("baseline"), cmd.getOptionValue("write-baseline"),
        rawValues(cmd, "rules-dir"));
  }

  private static List<String> rawValues(CommandLine cmd, String option) {
    String[] v = cmd.getOptionValues(option);
    return v == null ? List.of() : List.of(v);
  }

  private static String kubernetesVersion(String value) throws UsageException {
    if (value == null) {
      return null;
    }
    try {
      PolicyVersion.parse(value);
      return value.strip().replaceFirst("^v", "");
    } catch (IllegalArgumentException e) {
      throw new UsageException("--kubernetes-version takes a version like 1.30, not \"" + value + "\"");
    }
  }

  private static String pssLevel(String value) throws UsageException {
    if (value == null) {
      return null;
    }
    PssLevel level = PssLevel.parse(value);
    if (level != PssLevel.BASELINE && level != PssLevel.RESTRICTED) {
      throw new UsageException("--pss-level takes baseline or restricted, not \"" + value + "\"");
    }
    return level.id();
  }

  private static String pssVersion(String value) throws UsageException {
    if (value == null || PolicyVersion.isLatest(value)) {
      return value == null ? null : "latest";
    }
    try {
      return PolicyVersion.parse(value).toString();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--pss-version takes v1.Y or latest, not \"" + value + "\"");
    }
  }

  /** Pairs each -o with the -f before it, in command-line order; -f alone writes to stdout. */
  private static List<OutputSpec> outputs(CommandLine cmd) throws UsageException {
    List<String> formats = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (Option opt : cmd.getOptions()) {
      if (opt.getOpt() != null && opt.getOpt().equals("f")) {
        String format = opt.getValue();
        if (!Reporters.FORMATS.contains(format)) {
          throw new UsageException("unknown format \"" + format + "\" (use " + String.join(", ", Reporters.FORMATS) + ")");
        }
        formats.add(format);
        files.add(null);
      } else if (opt.getOpt() != null && opt.getOpt().equals("o")) {
        if (formats.isEmpty()) {
          formats.add("text");
          files.add(null);
        }
        int last = formats.size() - 1;
        if (files.get(last) != null) {
          throw new UsageException("--output " + opt.getValue() + " follows another --output; give a --format before each");
        }
        files.set(last, opt.getValue());
      }
    }
    if (formats.isEmpty()) {
      formats.add("text");
      files.add(null);
    }
    List<OutputSpec> out = new ArrayList<>();
    int toStdout = 0;
    for (int i = 0; i < formats.size(); i++) {
      if (files.get(i) == null && ++toStdout > 1) {
        throw new UsageException("more than one format writes to stdout; give all but one an --output FILE");
      }
      out.add(new OutputSpec(formats.get(i), files.get(i)));
    }
    return List.copyOf(out);
  }

  private static List<String> schemaLocations(CommandLine cmd) throws UsageException {
    String[] v = cmd.getOptionValues("schema-location");
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String dir : v) {
        if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of(dir))) {
          throw new UsageException("--schema-location " + dir + " is not a directory");
        }
        out.add(dir);
      }
    }
    return List.copyOf(out);
  }

  static Severity failOn(String level) throws UsageException {
    if (level.equals("none")) {
      return null;
    }
    try {
      return Severity.parse(level);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on takes error, warning, info or none, not \"" + level + "\"");
    }
  }

  private static List<String> values(CommandLine cmd, String option) {
    String[] v = cmd.getOptionValues(option);
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String s : v) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
