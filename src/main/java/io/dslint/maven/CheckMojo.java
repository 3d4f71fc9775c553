package io.dslint.maven;

import io.dslint.Project;
import io.dslint.config.ConfigException;
import io.dslint.config.Overrides;
import io.dslint.config.RunSetup;
import io.dslint.engine.ConfigSuppression;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.FileResult;
import io.dslint.engine.Linter;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import io.dslint.report.ReportContext;
import io.dslint.report.Reporter;
import io.dslint.report.Reporters;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.Severity;
import io.dslint.schema.KubernetesVersions;
import io.dslint.schema.SchemaOptions;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code dslint:check}: lints the project's Kubernetes manifests in the verify phase. Findings at
 * or above {@code failOn} fail the build with a summary; reports (SARIF and json by default) are
 * written to {@code target/dslint/}. A thin adapter: the same engine and reporters as the CLI.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {
  /** Where Kubernetes YAML usually lives in a Maven project (JKube fragments included). */
  static final List<String> DEFAULT_INCLUDES = List.of(
      "src/main/k8s/**", "src/main/kubernetes/**", "src/main/jkube/**", "src/main/helm/**",
      "k8s/**", "kubernetes/**", "deploy/**", "manifests/**");

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** Glob patterns, relative to the project directory, of the files to lint (*.yaml, *.yml, *.json). */
  @Parameter(property = "dslint.includes")
  private List<String> includes;

  /** Glob patterns of files to leave out, e.g. {@code **}{@code /templates/**} (unrendered Helm). */
  @Parameter(property = "dslint.excludes")
  private List<String> excludes;

  /**
   * Lowest severity that fails the build: error, warning, info or none (default: the
   * configuration file's fail-on, or error).
   */
  @Parameter(property = "dslint.failOn")
  private String failOn;

  /** Report formats written to {@link #outputDirectory} as dslint.FORMAT-extension. */
  @Parameter(property = "dslint.formats", defaultValue = "sarif,json")
  private List<String> formats;

  @Parameter(property = "dslint.outputDirectory", defaultValue = "${project.build.directory}/dslint")
  private File outputDirectory;

  /** Target Kubernetes version (X.Y); the newest known by default. */
  @Parameter(property = "dslint.kubernetesVersion")
  private String kubernetesVersion;

  /**
   * A dslint configuration file (default: the nearest .dslint.yaml in the project directory or a
   * parent), read as the command line reads it; the goal's parameters override it.
   */
  @Parameter(property = "dslint.config")
  private File config;

  /** Ignore every suppression (comments, annotations, the configuration's). */
  @Parameter(property = "dslint.noSuppressions", defaultValue = "false")
  private boolean noSuppressions;

  /** Rules to enable and disable, as on the command line. */
  @Parameter(property = "dslint.enable")
  private List<String> enable;

  @Parameter(property = "dslint.disable")
  private List<String> disable;

  @Parameter(property = "dslint.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dslint: skipped (dslint.skip)");
      return;
    }
    threshold(failOn);
    RunSetup setup = setup();
    LintConfig lintConfig = setup.lintConfig();
    String failLevel = setup.configuration().failOn();
    Severity threshold = threshold(failLevel);
    if (setup.configuration().file() != null) {
      getLog().info("dslint: configuration " + setup.configuration().file());
    }
    List<String> files = new ArrayList<>();
    for (String f : findFiles()) {
      if (!setup.configuration().excluded(InputSource.file(f, basedir.toPath().resolve(f)))) {
        files.add(f);
      }
    }
    if (files.isEmpty()) {
      getLog().info("dslint: no Kubernetes manifests found under " + String.join(", ", includePatterns()));
      return;
    }
    RunSummary summary = lint(files, lintConfig);
    String counts = String.format("%d %s (%d errors, %d warnings, %d info) in %d files; %d DaemonSets checked",
        summary.totalFindings(), summary.totalFindings() == 1 ? "finding" : "findings",
        summary.findings(Severity.ERROR), summary.findings(Severity.WARNING), summary.findings(Severity.INFO),
        summary.files(), summary.daemonSets())
        + (summary.suppressed() > 0 ? "; " + summary.suppressed() + " suppressed" : "");
    for (ConfigSuppression s : lintConfig.unusedSuppressions(summary)) {
      getLog().info("dslint: " + s.file() + ":" + s.range().startLine() + ": suppression of " + s.description()
          + " silenced nothing");
    }
    if (summary.errors() > 0) {
      throw new MojoFailureException("dslint: " + summary.errors() + " input(s) could not be read or parsed; "
          + counts + ". Reports: " + outputDirectory);
    }
    if (summary.anyAtLeast(threshold)) {
      throw new MojoFailureException("dslint: " + counts + " at or above " + failLevel + ". Reports: " + outputDirectory);
    }
    getLog().info("dslint: " + counts);
  }

  private RunSummary lint(List<String> files, LintConfig lintConfig) throws MojoExecutionException {
    List<InputSource> sources = new ArrayList<>();
    for (String f : files) {
      sources.add(InputSource.file(f, basedir.toPath().resolve(f)));
    }
    List<Writer> writers = new ArrayList<>();
    List<Reporter> reporters = new ArrayList<>();
    try {
      Files.createDirectories(outputDirectory.toPath());
      for (String format : list(formats)) {
        if (!Reporters.FORMATS.contains(format)) {
          throw new MojoExecutionException("dslint: unknown format \"" + format + "\"; use "
              + String.join(", ", Reporters.FORMATS));
        }
        Writer w = Files.newBufferedWriter(outputDirectory.toPath().resolve("dslint." + extension(format)),
            StandardCharsets.UTF_8);
        writers.add(w);
        reporters.add(Reporters.create(format, new ReportContext(w, lintConfig.catalog(),
            lintConfig.enabledRuleIds(), Project.version(), false, false, lintConfig.evaluatesPodSecurity())));
      }
      for (Reporter r : reporters) {
        r.begin();
      }
      List<ResultListener> listeners = new ArrayList<>(reporters);
      listeners.add(0, new ResultListener() {
        @Override
        public void beginFile(String file) {}

        /** Logs each part as it comes: its input errors, then its findings. */
        @Override
        public void results(FileResult part) {
          for (InputError e : part.errors()) {
            getLog().error(e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": " + e.message());
          }
          for (Finding f : part.activeFindings()) {
            String line = f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message() + " [" + f.ruleId() + "]";
            switch (f.severity()) {
              case ERROR -> getLog().error(line);
              case WARNING -> getLog().warn(line);
              case INFO -> getLog().info(line);
            }
          }
        }

        @Override
        public void endFile(String file) {}
      });
      RunSummary summary = new Linter(lintConfig).lintAll(new SourceExpander.Expansion(sources, List.of()),
          ResultListener.all(listeners));
      for (Reporter r : reporters) {
        r.end(summary);
      }
      return summary;
    } catch (IOException e) {
      throw new MojoExecutionException("dslint: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    } finally {
      for (Writer w : writers) {
        try {
          w.close();
        } catch (IOException e) {
          getLog().warn("dslint: " + e.getMessage());
        }
      }
    }
  }

  private static String extension(String format) {
    return switch (format) {
      case "junit" -> "junit.xml";
      case "text" -> "txt";
      case "github", "gnu" -> format + ".txt";
      case "codeclimate" -> "codeclimate.json";
      default -> format;
    };
  }

  /** The configuration (file and parameters), custom rules and engine settings of this build. */
  private RunSetup setup() throws MojoFailureException {
    Overrides overrides = new Overrides(blank(kubernetesVersion) ? null : kubernetesVersion.strip(), null, List.of(),
        blank(failOn) ? null : failOn.strip(), null, null, noSuppressions, null, List.of(), list(enable),
        list(disable));
    try {
      return RunSetup.create(config == null ? null : config.getAbsolutePath(), false, overrides,
          basedir.toPath(), true);
    } catch (ConfigException e) {
      for (String p : e.problems()) {
        getLog().error(p);
      }
      throw new MojoFailureException("dslint: the configuration cannot be used: " + String.join("; ", e.problems()));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("dslint: " + e.getMessage());
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Severity threshold(String level) throws MojoFailureException {
    if (level == null || "none".equals(level)) {
      return null;
    }
    try {
      return Severity.parse(level);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("dslint: failOn takes error, warning, info or none, not \"" + level + "\"");
    }
  }

  private List<String> includePatterns() {
    List<String> given = list(includes);
    return given.isEmpty() ? DEFAULT_INCLUDES : given;
  }

  /** Manifest files under the project matching the includes and no exclude, sorted. */
  List<String> findFiles() throws MojoExecutionException {
    Path base = basedir.toPath();
    List<PathMatcher> in = matchers(includePatterns());
    List<PathMatcher> out = matchers(list(excludes));
    out.add(FileSystems.getDefault().getPathMatcher("glob:target/**"));
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> SourceExpander.isManifestName(p.getFileName().toString()))
          .map(base::relativize)
          .filter(rel -> in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel)))
          .map(rel -> rel.toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new MojoExecutionException("dslint: cannot list " + base + ": " + e.getMessage(), e);
    }
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    return out;
  }

  private static List<String> list(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }
}
