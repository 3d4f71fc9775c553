package io.dslint.cli;

import io.dslint.Project;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.RunSummary;
import io.dslint.report.ReportContext;
import io.dslint.report.Reporter;
import io.dslint.report.Reporters;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.source.SourceExpander;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  Main(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
    this.stdin = stdin;
    this.out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
    this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    this.terminal = terminal;
  }

  public static void main(String[] args) {
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

  private ExitCode dispatch(String[] args) throws UsageException, IOException {
    if (args.length == 0) {
      printUsage(err);
      return ExitCode.INPUT_ERROR;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "lint":
        return lint(rest);
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

  private static void printUsage(PrintWriter w) {
    w.println("Usage: dslint COMMAND [OPTIONS]");
    w.println();
    w.println("Commands:");
    w.println("  lint PATH...      lint DaemonSet manifests (files, directories, - for stdin)");
    w.println("  rules [--format text|markdown]");
    w.println("                    list the rules: id, default severity, category, title");
    w.println("  explain RULE-ID   show a rule's documentation");
    w.println("  version           print the version");
    w.println();
    w.println("Run 'dslint lint --help' for the lint options.");
    w.flush();
  }

  private ExitCode lint(String[] args) throws UsageException, IOException {
    LintRequest request = LintCommandLine.parse(args);
    if (request == null) {
      LintCommandLine.printHelp(out);
      return ExitCode.OK;
    }
    LintConfig config;
    try {
      config = LintConfig.builder().options(request.ruleOptions()).podSecurityLevel(request.pssLevel())
          .disableAll(request.disable()).enableAll(request.enable()).build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SourceExpander.Expansion expansion = new SourceExpander(stdin).expand(request.paths());
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
                request.quiet(), config.evaluatesPodSecurity())));
      }
      for (Reporter r : reporters) {
        r.begin();
      }
      RunSummary summary = new Linter(config).lintAll(expansion, result -> {
        for (Reporter r : reporters) {
          r.file(result);
        }
      });
      for (Reporter r : reporters) {
        r.end(summary);
      }
      if (summary.errors() > 0) {
        return ExitCode.INPUT_ERROR;
      }
      return summary.anyAtLeast(request.failOn()) ? ExitCode.FINDINGS : ExitCode.OK;
    }
  }

  private ExitCode rules(String[] args) throws UsageException {
    String format = "text";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("-f") || a.equals("--format")) && i + 1 < args.length) {
        format = args[++i];
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else {
        throw new UsageException("rules takes only --format text|markdown, not \"" + a + "\"");
      }
    }
    RuleCatalog catalog = RuleCatalog.builtin();
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

  private ExitCode explain(String[] args) throws UsageException {
    if (args.length != 1) {
      throw new UsageException("explain takes one rule id (see 'dslint rules')");
    }
    RuleMeta m = RuleCatalog.builtin().get(args[0]);
    if (m == null) {
      throw new UsageException("unknown rule \"" + args[0] + "\" (see 'dslint rules')");
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
