package io.dslint.cli;

import io.dslint.Project;
import io.dslint.config.ConfigException;
import io.dslint.config.Overrides;
import io.dslint.config.RunSetup;
import io.dslint.engine.ConfigSuppression;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import io.dslint.report.ReportContext;
import io.dslint.report.Reporter;
import io.dslint.report.Reporters;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleRegistry;
import io.dslint.schema.KubernetesVersions;
import io.dslint.schema.SchemaStore;
import io.dslint.source.SourceExpander;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dslint command: {@code lint}, {@code rules}, {@code explain}, {@code version}. Maps every
 * outcome to an {@link ExitCode}; a user never sees a stack trace (set DSLINT_DEBUG=1 for one).
 */
public final class Main {
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final Path cwd;

  Main(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
    this(stdin, stdout, stderr, terminal, Path.of("").toAbsolutePath());
  }

  /** {@code cwd}: where the configuration file search starts (the working directory). */
  Main(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal, Path cwd) {
    this.cwd = cwd;
    this.stdin = stdin;
    this.out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
    this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("lint") && usesDefaultSchemas(args)) {
      // First thing, before the configuration is even read: most runs validate against the
      // default schemas, and loading the DaemonSet schema is the longest step of a one-file
      // lint. If the configuration asks for other schemas, this load is only wasted background
      // work; if it cannot load, the linter reports that where it needs the schema.
      SchemaStore.prefetchDefaults("apps/v1", "DaemonSet");
    }
    Main main = new Main(System.in, System.out, System.err, System.console() != null);
    System.exit(main.run(args).code());
  }

  ExitCode run(String[] args) {
    try {
      return dispatch(args);
    } catch (UsageException e) {
      err.println("dslint: " + e.getMessage());
      err.println("Run 'dslint help' for usage.");
      return ExitCode.INPUT_ERROR;
    } catch (ConfigProblems e) {
      e.problems().forEach(err::println);
      err.println("dslint: the configuration cannot be used (" + e.problems().size() + " problem"
          + (e.problems().size() == 1 ? "" : "s") + ")");
      return ExitCode.INPUT_ERROR;
    } catch (IOException e) {
      err.println("dslint: cannot write output: " + e.getMessage());
      return ExitCode.INPUT_ERROR;
    } catch (RuntimeException | Error e) {
      err.println("dslint: internal error: " + e + " (please report it; DSLINT_DEBUG=1 shows details)");
      if (System.getenv("DSLINT_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private ExitCode dispatch(String[] args) throws UsageException, ConfigProblems, IOException {
    if (args.length == 0) {
      printUsage(err);
      return ExitCode.INPUT_ERROR;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "lint":
        return lint(rest);
      case "coverage":
        return coverage(rest);
      case "config":
        return config(rest);
      case "rules":
        return rules(rest);
      case "explain":
        return explain(rest);
      case "version":
      case "--version":
        out.println("dslint " + Project.version());
        return ExitCode.OK;
      case "help":
      case "-h":
      case "--help":
        printUsage(out);
        return ExitCode.OK;
      default:
        throw new UsageException("unknown command \"" + args[0] + "\"");
    }
  }

  /** Options that change which schemas a run validates against (or whether it does). */
  private static final List<String> SCHEMA_CHANGING_OPTIONS = List.of("--kubernetes-version", "--no-strict",
      "--schema-location", "--disable", "--config");

  /**
   * Whether no option of the command line changes the schemas ("--x=v" counts as "--x"). A plain
   * loop: this runs before the schema prefetch starts, where a cold JVM's first stream costs
   * several milliseconds.
   */
  private static boolean usesDefaultSchemas(String[] args) {
    for (String a : args) {
      int eq = a.indexOf('=');
      if (SCHEMA_CHANGING_OPTIONS.contains(eq < 0 ? a : a.substring(0, eq))) {
        return false;
      }
    }
    return true;
  }

  private static void printUsage(PrintWriter w) {
    w.println("Usage: dslint COMMAND [OPTIONS]");
    w.println();
    w.println("Commands:");
    w.println("  lint PATH...      lint DaemonSet manifests (files, directories, - for stdin)");
    w.println("  coverage --nodes NODES.yaml PATH...");
    w.println("                    which nodes each DaemonSet would run on, and why not");
    w.println("  config [OPTIONS]  print the effective configuration (.dslint.yaml with the lint options over it)");
    w.println("  rules [--format text|markdown] [--config FILE|--no-config] [--rules-dir PATH]");
    w.println("                    list the rules: id, default severity, category, title");
    w.println("  explain RULE-ID [--config FILE|--no-config] [--rules-dir PATH]");
    w.println("                    show a rule's documentation");
    w.println("  version           print the version");
    w.println();
    w.println("Run 'dslint lint --help' or 'dslint coverage --help' for their options.");
    w.flush();
  }

  private ExitCode lint(String[] args) throws UsageException, ConfigProblems, IOException {
    LintRequest request = LintCommandLine.parse(args);
    if (request == null) {
      LintCommandLine.printHelp(out);
      return ExitCode.OK;
    }
    RunSetup setup = setup(request.config(), request.noConfig(), request.overrides(), request.writeBaseline() == null);
    LintConfig config = setup.lintConfig();
    if (setup.configuration().schemaVersion().warning() != null) {
      err.println("dslint: warning: " + setup.configuration().schemaVersion().warning());
    }
    if (config.isEnabled(RuleRegistry.SCHEMA_VIOLATION)) {
      // Nearly every input holds a DaemonSet: load its schema while the input is read.
      SchemaStore.forOptions(config.schemaOptions()).prefetch("apps/v1", "DaemonSet");
    }
    SourceExpander.Expansion expansion = setup.filter(new SourceExpander(stdin).expand(request.paths()));
    List<Reporter> reporters = new ArrayList<>();
    List<Writer> files = new ArrayList<>();
    try (OutputFiles opened = OutputFiles.open(request.outputs(), expansion.sources(), files)) {
      int next = 0;
      for (OutputSpec spec : request.outputs()) {
        Writer w = spec.file() == null ? out : files.get(next++);
        boolean color = spec.file() == null && spec.format().equals("text") && terminal
            && !request.noColor() && System.getenv("NO_COLOR") == null;
        reporters.add(Reporters.create(spec.format(),
            new ReportContext(w, config.catalog(), config.enabledRuleIds(), Project.version(), color,
                request.quiet(), config.evaluatesPodSecurity(), config.baseline() != null)));
      }
      if (request.writeBaseline() != null) {
        reporters.add(Reporters.create("json", new ReportContext(openOutput(request.writeBaseline(), files),
            config.catalog(), config.enabledRuleIds(), Project.version(), false, false,
            config.evaluatesPodSecurity(), false)));
      }
      for (Reporter r : reporters) {
        r.begin();
      }
      RunSummary summary = new Linter(config).lintAll(expansion, ResultListener.all(reporters));
      for (Reporter r : reporters) {
        r.end(summary);
      }
      if (!request.quiet()) {
        for (ConfigSuppression s : config.unusedSuppressions(summary)) {
          err.println("dslint: note: " + s.file() + ":" + s.range().startLine() + ":" + s.range().startColumn()
              + ": suppression of " + s.description() + " silenced nothing in this run");
        }
      }
      if (summary.errors() > 0) {
        return ExitCode.INPUT_ERROR;
      }
      if (request.writeBaseline() != null) {
        if (!request.quiet()) {
          int n = summary.totalFindings() + summary.suppressed() + summary.baselined();
          err.println("dslint: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to " + request.writeBaseline()
              + "; use it with --baseline " + request.writeBaseline());
        }
        return ExitCode.OK; // the findings are now the baseline
      }
      return summary.anyAtLeast(setup.configuration().failOnSeverity()) ? ExitCode.FINDINGS : ExitCode.OK;
    } finally {
      for (Writer w : files) {
        w.close();
      }
    }
  }

  private ExitCode coverage(String[] args) throws UsageException, IOException {
    CoverageRequest request = CoverageCommandLine.parse(args);
    if (request == null) {
      CoverageCommandLine.printHelp(out);
      return ExitCode.OK;
    }
    return new CoverageCommand(stdin, out, err, terminal).run(request);
  }

  static Writer openOutput(String file, List<Writer> opened) throws UsageException {
    try {
      Path path = Path.of(file);
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      opened.add(w);
      return w;
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot write " + file + ": " + SourceExpander.describe(
          e instanceof IOException io ? io : new IOException(e.getMessage())));
    }
  }

  private RunSetup setup(String config, boolean noConfig, Overrides overrides, boolean readBaseline)
      throws UsageException, ConfigProblems {
    try {
      return RunSetup.create(config, noConfig, overrides, cwd, readBaseline);
    } catch (ConfigException e) {
      throw new ConfigProblems(e.problems());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** `dslint config`: the effective configuration, as YAML. */
  private ExitCode config(String[] args) throws UsageException, ConfigProblems {
    LintRequest request = LintCommandLine.parseForConfig(args);
    if (request == null) {
      LintCommandLine.printHelp(out);
      return ExitCode.OK;
    }
    RunSetup setup = setup(request.config(), request.noConfig(), request.overrides(), false);
    out.print(setup.configuration().toYaml(setup.lintConfig()));
    return ExitCode.OK;
  }

  /**
   * The catalog with the custom rules of the configuration (and of --rules-dir); reads the
   * options --config FILE, --no-config and --rules-dir PATH from {@code args} and returns the
   * others.
   */
  private RuleCatalog catalog(String[] args, List<String> rest) throws UsageException, ConfigProblems {
    String config = null;
    boolean noConfig = false;
    List<String> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--config") && i + 1 < args.length) {
        config = args[++i];
      } else if (a.equals("--no-config")) {
        noConfig = true;
      } else if (a.equals("--rules-dir") && i + 1 < args.length) {
        dirs.add(args[++i]);
      } else {
        rest.add(a);
      }
    }
    if (config == null && dirs.isEmpty() && noConfig) {
      return RuleCatalog.builtin();
    }
    Overrides overrides = new Overrides(null, null, List.of(), null, null, null, false, null, dirs, List.of(), List.of());
    return setup(config, noConfig, overrides, false).lintConfig().catalog();
  }

  private ExitCode rules(String[] all) throws UsageException, ConfigProblems {
    List<String> rest = new ArrayList<>();
    RuleCatalog catalog = catalog(all, rest);
    String[] args = rest.toArray(String[]::new);
    String format = "text";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("-f") || a.equals("--format")) && i + 1 < args.length) {
        format = args[++i];
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else {
        throw new UsageException("rules takes --format text|markdown, --config FILE, --no-config and"
            + " --rules-dir PATH, not \"" + a + "\"");
      }
    }
    if (format.equals("markdown")) {
      out.print(catalog.toMarkdown());
      return ExitCode.OK;
    }
    if (!format.equals("text")) {
      throw new UsageException("unknown rules format \"" + format + "\" (use text or markdown)");
    }
    int width = catalog.all().stream().mapToInt(m -> m.id().length()).max().orElse(10);
    int categoryWidth = catalog.all().stream().mapToInt(m -> m.category().length()).max().orElse(11);
    for (RuleMeta m : catalog.all()) {
      out.printf("%-" + width + "s  %-7s  %-" + categoryWidth + "s  %s%s%n", m.id(), m.severity().id(), m.category(), m.title(),
          m.enabledByDefault() ? "" : " (off by default)");
    }
    return ExitCode.OK;
  }

  private ExitCode explain(String[] all) throws UsageException, ConfigProblems {
    List<String> args = new ArrayList<>();
    RuleCatalog catalog = catalog(all, args);
    if (args.size() != 1) {
      throw new UsageException("explain takes one rule id (see 'dslint rules')");
    }
    RuleMeta m = catalog.get(args.get(0));
    if (m == null) {
      throw new UsageException("unknown rule \"" + args.get(0) + "\" (see 'dslint rules')");
    }
    out.println(m.id() + ": " + m.title());
    out.println("Default severity: " + m.severity().id() + (m.enabledByDefault() ? "" : " (off by default)")
        + " | category: " + m.category());
    out.println();
    out.print(m.doc());
    if (!m.references().isEmpty()) {
      out.println();
      out.println("References:");
      m.references().forEach(r -> out.println("  " + r));
    }
    return ExitCode.OK;
  }
}
