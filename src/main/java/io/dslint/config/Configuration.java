package io.dslint.config;

import io.dslint.config.ConfigFile.RuleSettings;
import io.dslint.config.ConfigFile.SuppressionEntry;
import io.dslint.engine.ConfigSuppression;
import io.dslint.engine.LintConfig;
import io.dslint.schema.KubernetesVersions;
import io.dslint.schema.SchemaOptions;
import io.dslint.rules.Parameter;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;
import io.dslint.rules.custom.CustomRule;
import io.dslint.rules.custom.CustomRuleLoader;
import io.dslint.source.InputSource;
import io.dslint.yaml.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The effective configuration of a run: the configuration file (if any) with the command line
 * over it. Scalars from the command line replace the file's; --enable and --disable apply after
 * the file's rules settings; --rules-dir and --schema-location add to the file's lists. Paths of
 * the file are relative to its directory, those of the command line to the working directory.
 */
public final class Configuration {
  private final ConfigFile file;
  private final Overrides cli;
  private final Path cwd;
  private final List<Pattern> excludes = new ArrayList<>();

  public Configuration(ConfigFile file, Overrides cli, Path cwd) {
    this.file = file;
    this.cli = cli;
    this.cwd = cwd.toAbsolutePath().normalize();
    for (String g : file.exclude()) {
      excludes.add(Glob.path(g));
    }
  }

  /** The configuration file as messages name it, or null when there is none. */
  public String file() {
    return file.file();
  }

  /** The target Kubernetes version, null for the default (the newest known). */
  public String kubernetesVersion() {
    return cli.kubernetesVersion() != null ? cli.kubernetesVersion() : file.kubernetesVersion();
  }

  /** Strict schema validation (unknown fields are errors): the default, unless turned off. */
  /** The embedded schema version for the target version (the nearest one, with a warning). */
  public KubernetesVersions.Resolution schemaVersion() {
    return KubernetesVersions.embedded().resolve(
        kubernetesVersion() != null ? kubernetesVersion() : KubernetesVersions.embedded().newest());
  }

  /** Schema validation settings: embedded version, strictness, extra schema folders. */
  public SchemaOptions schemaOptions() {
    return new SchemaOptions(schemaVersion().version(), strict(), schemaLocations());
  }

  public boolean strict() {
    return cli.strict() != null ? cli.strict() : file.strict() == null || file.strict();
  }

  /** Extra schema folders: the file's, then the command line's. */
  public List<Path> schemaLocations() {
    List<Path> out = new ArrayList<>();
    file.schemaLocations().forEach(s -> out.add(file.dir().resolve(s).normalize()));
    cli.schemaLocations().forEach(s -> out.add(Path.of(s)));
    return out;
  }

  /** error, warning, info or none. */
  public String failOn() {
    return cli.failOn() != null ? cli.failOn() : file.failOn() != null ? file.failOn() : "error";
  }

  /** The exit code threshold; null for none. */
  public Severity failOnSeverity() {
    return failOn().equals("none") ? null : Severity.parse(failOn());
  }

  public String pssLevel() {
    return cli.pssLevel() != null ? cli.pssLevel() : file.pssLevel();
  }

  public String pssVersion() {
    return cli.pssVersion() != null ? cli.pssVersion() : file.pssVersion();
  }

  public boolean noSuppressions() {
    return cli.noSuppressions() || Boolean.TRUE.equals(file.noSuppressions());
  }

  /** The baseline file as written (command line first), or null. */
  public String baseline() {
    return cli.baseline() != null ? cli.baseline() : file.baseline();
  }

  public Path baselinePath() {
    if (cli.baseline() != null) {
      return Path.of(cli.baseline());
    }
    return file.baseline() == null ? null : file.dir().resolve(file.baseline()).normalize();
  }

  /** The custom rule files and folders: the file's, then --rules-dir's, as written. */
  public List<String> customRules() {
    List<String> out = new ArrayList<>(file.customRules());
    out.addAll(cli.rulesDirs());
    return out;
  }

  /** Loads the custom rules; their files' problems make the configuration unusable. */
  public List<CustomRule> loadCustomRules() throws ConfigException {
    List<Path> paths = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String s : file.customRules()) {
      paths.add(file.dir().resolve(s).normalize());
      names.add(relativeName(file.dir().resolve(s).normalize()));
    }
    for (String s : cli.rulesDirs()) {
      paths.add(Path.of(s));
      names.add(s);
    }
    if (paths.isEmpty()) {
      return List.of();
    }
    CustomRuleLoader.Result result = CustomRuleLoader.load(paths, names);
    if (!result.problems().isEmpty()) {
      throw new ConfigException(result.problems());
    }
    return result.rules();
  }

  private String relativeName(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString()).replace('\\', '/');
  }

  /**
   * The engine settings: rules (custom ones included) enabled and at their severity as the file
   * and then the command line say, options, parameters, suppressions. Rule ids the catalog does
   * not know are problems at their place in the file.
   *
   * @throws IllegalArgumentException for an unknown rule on the command line
   */
  public LintConfig.Builder lintConfig(List<CustomRule> custom) throws ConfigException {
    RuleOptions options = RuleOptions.defaults();
    if (kubernetesVersion() != null) {
      options = options.withKubernetesVersion(kubernetesVersion());
    }
    Map<String, Map<String, List<String>>> parameters = new LinkedHashMap<>();
    file.rules().forEach((id, s) -> {
      if (!s.parameters().isEmpty()) {
        parameters.put(id, s.parameters());
      }
    });
    options = options.withPodSecurityVersion(pssVersion()).withParameters(parameters);
    LintConfig.Builder b = LintConfig.builder().customRules(custom).options(options).schemaOptions(schemaOptions());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, RuleSettings> e : file.rules().entrySet()) {
      String id = e.getKey();
      RuleSettings s = e.getValue();
      if (!b.knows(id)) {
        problems.add(at(s.at(), "rules: there is no rule \"" + id + "\" (see `dslint rules`)"));
        continue;
      }
      if (Boolean.TRUE.equals(s.enabled())) {
        b.enable(id);
      } else if (Boolean.FALSE.equals(s.enabled())) {
        b.disable(id);
      }
      if (s.severity() != null) {
        b.severity(id, s.severity());
      }
    }
    List<ConfigSuppression> suppressions = new ArrayList<>();
    for (SuppressionEntry s : file.suppressions()) {
      boolean ok = true;
      for (int i = 0; i < s.rules().size(); i++) {
        String id = s.rules().get(i);
        String problem = id.equals("all") ? "\"all\" is not accepted; name the rules to suppress"
            : !b.knows(id) ? "there is no rule \"" + id + "\" (see `dslint rules`)"
            : RuleRegistry.SUPPRESSION_IDS.contains(id) ? id + " findings cannot be suppressed" : null;
        if (problem != null) {
          problems.add(at(s.ruleRanges().get(i), "suppressions: " + problem));
          ok = false;
        }
      }
      if (ok) {
        suppressions.add(new ConfigSuppression(s.rules(), glob(s.kind()), glob(s.namespace()), glob(s.name()),
            s.containers().stream().map(Glob::name).toList(), s.reason(), file.file(), s.at(), describe(s)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    b.disableAll(cli.disable()).enableAll(cli.enable()).podSecurityLevel(pssLevel());
    return b.suppressions(suppressions).appliesSuppressions(!noSuppressions());
  }

  private String at(Range r, String message) {
    return file.file() + ":" + r.startLine() + ":" + r.startColumn() + ": " + message;
  }

  private static Pattern glob(String pattern) {
    return pattern == null ? null : Glob.name(pattern);
  }

  /** "host-network for DaemonSet kube-system/calico-* (containers calico-node)". */
  static String describe(SuppressionEntry s) {
    return String.join(", ", s.rules()) + " for " + (s.kind() == null ? "*" : s.kind()) + " "
        + (s.namespace() == null ? "" : s.namespace() + "/") + (s.name() == null ? "*" : s.name())
        + (s.containers().isEmpty() ? "" : " (containers " + String.join(", ", s.containers()) + ")");
  }

  /**
   * Whether an input is excluded by the file's patterns, matched against its path relative to
   * the configuration file's directory (and against each of its parent directories).
   */
  public boolean excluded(InputSource source) {
    if (excludes.isEmpty() || source.isStdin()) {
      return false;
    }
    Path abs = source.path().toAbsolutePath().normalize();
    Path rel = abs.startsWith(file.dir()) ? file.dir().relativize(abs) : Path.of(source.displayName()).normalize();
    for (Path p = rel; p != null && !p.toString().isEmpty(); p = p.getParent()) {
      String text = p.toString().replace('\\', '/');
      for (Pattern g : excludes) {
        if (g.matcher(text).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The effective configuration as YAML, in the configuration file's format (a file with this
   * content configures the same run): every key, every rule with its state, severity and
   * parameters, and the suppressions.
   */
  public String toYaml(LintConfig lint) {
    StringBuilder y = new StringBuilder();
    y.append("# dslint ").append(io.dslint.Project.version()).append(": the effective configuration");
    y.append(file.file() == null ? " (no configuration file" : " (from " + file.file());
    y.append(", with the command line's options)\n");
    line(y, "kubernetes-version", YamlText.scalar(kubernetesVersion() != null ? kubernetesVersion()
        : RuleOptions.NEWEST_KUBERNETES_VERSION));
    line(y, "strict", String.valueOf(strict()));
    line(y, "fail-on", YamlText.scalar(failOn()));
    line(y, "pss-level", pssLevel() == null ? "null" : YamlText.scalar(pssLevel()));
    line(y, "pss-version", pssVersion() == null ? "null" : YamlText.scalar(pssVersion()));
    List<String> locations = new ArrayList<>(file.schemaLocations());
    locations.addAll(cli.schemaLocations());
    line(y, "schema-locations", YamlText.list(locations));
    line(y, "no-suppressions", String.valueOf(noSuppressions()));
    line(y, "baseline", baseline() == null ? "null" : YamlText.scalar(baseline()));
    line(y, "exclude", YamlText.list(file.exclude()));
    line(y, "custom-rules", YamlText.list(customRules()));
    y.append("rules:\n");
    for (RuleMeta m : lint.catalog().all()) {
      List<Parameter> params = m.custom() ? List.of() : RuleRegistry.parameters(m.id());
      String state = "enabled: " + lint.isEnabled(m.id()) + ", severity: " + lint.severity(m.id()).id();
      if (params.isEmpty()) {
        y.append("  ").append(m.id()).append(": {").append(state).append("}\n");
        continue;
      }
      y.append("  ").append(m.id()).append(":\n");
      y.append("    enabled: ").append(lint.isEnabled(m.id())).append('\n');
      y.append("    severity: ").append(lint.severity(m.id()).id()).append('\n');
      y.append("    parameters:\n");
      for (Parameter p : params) {
        y.append("      ").append(p.name()).append(": ")
            .append(YamlText.list(lint.options().list(m.id(), p))).append('\n');
      }
    }
    if (file.suppressions().isEmpty()) {
      y.append("suppressions: []\n");
    } else {
      y.append("suppressions:\n");
      for (SuppressionEntry s : file.suppressions()) {
        y.append("  - rules: ").append(YamlText.list(s.rules())).append('\n');
        if (s.kind() != null) {
          y.append("    kind: ").append(YamlText.scalar(s.kind())).append('\n');
        }
        if (s.namespace() != null) {
          y.append("    namespace: ").append(YamlText.scalar(s.namespace())).append('\n');
        }
        if (s.name() != null) {
          y.append("    name: ").append(YamlText.scalar(s.name())).append('\n');
        }
        if (!s.containers().isEmpty()) {
          y.append("    containers: ").append(YamlText.list(s.containers())).append('\n');
        }
        y.append("    reason: ").append(YamlText.scalar(s.reason())).append('\n');
      }
    }
    return y.toString();
  }

  private static void line(StringBuilder y, String key, String value) {
    y.append(key).append(": ").append(value).append('\n');
  }
}
