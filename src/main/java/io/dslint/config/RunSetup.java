package io.dslint.config;

import io.dslint.engine.Baseline;
import io.dslint.engine.LintConfig;
import io.dslint.rules.custom.CustomRule;
import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run needs before linting, for the command line and the Maven goal alike: the
 * configuration file (given, or the nearest .dslint.yaml upward from {@code cwd}, or none), the
 * overrides over it, the custom rules, the engine settings and the baseline.
 */
public record RunSetup(Configuration configuration, LintConfig lintConfig) {

  /**
   * @param configOption the configuration file given (--config), relative to {@code cwd}; null to search
   * @param readBaseline false when the baseline must not be read (--write-baseline, or commands
   *     that do not lint)
   * @throws ConfigException when the configuration, a custom rule file or the baseline cannot be used
   * @throws IllegalArgumentException when the overrides name an unknown rule
   */
  public static RunSetup create(String configOption, boolean noConfig, Overrides overrides, Path cwd,
      boolean readBaseline) throws ConfigException {
    ConfigFile file = configFile(configOption, noConfig, cwd);
    Configuration configuration = new Configuration(file, overrides, cwd);
    List<CustomRule> custom = configuration.loadCustomRules();
    LintConfig.Builder builder = configuration.lintConfig(custom);
    Path baseline = configuration.baselinePath();
    if (readBaseline && baseline != null) {
      try {
        builder.baseline(Baseline.read(cwd.resolve(baseline), configuration.baseline()));
      } catch (Baseline.BaselineException e) {
        throw new ConfigException(e.getMessage());
      }
    }
    return new RunSetup(configuration, builder.build());
  }

  /** The configuration file: none, the one given, or the nearest one upward from {@code cwd}. */
  public static ConfigFile configFile(String option, boolean noConfig, Path cwd) throws ConfigException {
    if (noConfig) {
      return ConfigFile.NONE;
    }
    if (option != null) {
      return ConfigLoader.load(cwd.resolve(option), option);
    }
    Path found = ConfigLoader.find(cwd);
    if (found == null) {
      return ConfigFile.NONE;
    }
    Path base = cwd.toAbsolutePath().normalize();
    return ConfigLoader.load(found, base.relativize(found).toString().replace('\\', '/'));
  }

  /** The expansion without the inputs the configuration excludes. */
  public SourceExpander.Expansion filter(SourceExpander.Expansion expansion) {
    List<InputSource> kept = new ArrayList<>();
    for (InputSource s : expansion.sources()) {
      if (!configuration.excluded(s)) {
        kept.add(s);
      }
    }
    return kept.size() == expansion.sources().size() ? expansion
        : new SourceExpander.Expansion(kept, expansion.errors());
  }
}
