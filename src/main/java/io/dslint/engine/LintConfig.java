package io.dslint.engine;

import io.dslint.rules.Rule;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;
import io.dslint.rules.custom.CustomRule;
import io.dslint.rules.pss.PodSecurityBaseline;
import io.dslint.rules.pss.PodSecurityRestricted;
import io.dslint.rules.pss.PssLevel;
import io.dslint.schema.SchemaOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run, at what severity, with which options. Enabled rules start from the catalog
 * defaults, then --disable and --enable apply in that order (so "--disable all --enable x" runs
 * only x). A Pod Security level adds its rules unless a --disable names them. Custom rules join
 * the catalog; the configuration's suppressions, whether suppressions apply at all
 * (--no-suppressions) and the baseline travel here too. Immutable: shared by the lint threads.
 */
public final class LintConfig {
  private final RuleCatalog catalog;
  private final Set<String> enabled;
  private final Map<String, Severity> severities;
  private final RuleOptions options;
  private final SchemaOptions schemaOptions;
  private final List<Rule> rules;
  private final List<CustomRule> customRules;
  private final List<ConfigSuppression> suppressions;
  private final boolean appliesSuppressions;
  private final Baseline baseline;

  private LintConfig(Builder b) {
    this.catalog = b.catalog;
    this.enabled = b.enabled;
    this.severities = Map.copyOf(b.severities);
    this.options = b.options;
    this.schemaOptions = b.schemaOptions != null ? b.schemaOptions
        : new SchemaOptions(options.kubernetesVersion(), true, List.of());
    List<Rule> active = new ArrayList<>();
    for (Rule r : RuleRegistry.builtinRules(options)) {
      if (enabled.contains(r.id())) {
        active.add(r);
      }
    }
    this.rules = List.copyOf(active);
    List<CustomRule> custom = new ArrayList<>();
    for (CustomRule r : b.customRules) {
      if (enabled.contains(r.id())) {
        custom.add(r);
      }
    }
    this.customRules = List.copyOf(custom);
    this.suppressions = List.copyOf(b.suppressions);
    this.appliesSuppressions = b.appliesSuppressions;
    this.baseline = b.baseline;
  }

  public static LintConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  /** Enabled rule ids in catalog order. */
  public List<String> enabledRuleIds() {
    List<String> ids = new ArrayList<>();
    for (RuleMeta m : catalog.all()) {
      if (enabled.contains(m.id())) {
        ids.add(m.id());
      }
    }
    return ids;
  }

  public boolean isEnabled(String ruleId) {
    return enabled.contains(ruleId);
  }

  public Severity severity(String ruleId) {
    Severity s = severities.get(ruleId);
    return s != null ? s : catalog.get(ruleId).severity();
  }

  public RuleOptions options() {
    return options;
  }

  /**
   * Whether DaemonSets get a Pod Security verdict: a level to enforce was given, or a Pod
   * Security rule is enabled.
   */
  public boolean evaluatesPodSecurity() {
    return options.podSecurityLevel() != null || enabled.contains(PodSecurityBaseline.ID)
        || enabled.contains(PodSecurityRestricted.ID);
  }

  /** Schema validation settings; the Kubernetes version is the rules' one. */
  public SchemaOptions schemaOptions() {
    return schemaOptions;
  }

  /** The rule classes to run, in catalog order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The enabled custom rules, in catalog order. */
  public List<CustomRule> customRules() {
    return customRules;
  }

  /** The configuration file's suppressions (indexes are those of FileResult and RunSummary). */
  public List<ConfigSuppression> suppressions() {
    return suppressions;
  }

  /** False with --no-suppressions: every finding is reported, suppressions are not even read. */
  public boolean appliesSuppressions() {
    return appliesSuppressions;
  }

  /** The baseline of --baseline, or null. */
  public Baseline baseline() {
    return baseline;
  }

  /**
   * The configured suppressions that silenced nothing in a run, among those naming a rule that
   * ran (a suppression for a rule switched off cannot be judged).
   */
  public List<ConfigSuppression> unusedSuppressions(RunSummary summary) {
    List<ConfigSuppression> unused = new ArrayList<>();
    if (!appliesSuppressions) {
      return unused;
    }
    for (int i = 0; i < suppressions.size(); i++) {
      ConfigSuppression s = suppressions.get(i);
      if (!summary.configSuppressionUsed(i) && s.rules().stream().anyMatch(enabled::contains)) {
        unused.add(s);
      }
    }
    return unused;
  }

  /** Collects settings; unknown rule ids are rejected with IllegalArgumentException. */
  public static final class Builder {
    private RuleCatalog catalog = RuleCatalog.builtin();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final List<CustomRule> customRules = new ArrayList<>();
    private final List<ConfigSuppression> suppressions = new ArrayList<>();
    private boolean appliesSuppressions = true;
    private Baseline baseline;
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> disabledByName = new HashSet<>();
    private PssLevel podSecurityLevel;
    private RuleOptions options = RuleOptions.defaults();
    private SchemaOptions schemaOptions;

    private Builder() {
      for (RuleMeta m : catalog.all()) {
        if (m.enabledByDefault()) {
          enabled.add(m.id());
        }
      }
    }

    /**
     * Adds custom rules to the catalog (enabled unless their file says otherwise); call before
     * enabling, disabling or setting severities of their ids.
     *
     * @throws IllegalArgumentException when an id is already taken
     */
    public Builder customRules(List<CustomRule> rules) {
      catalog = catalog.with(rules.stream().map(CustomRule::meta).toList());
      for (CustomRule r : rules) {
        customRules.add(r);
        if (r.meta().enabledByDefault()) {
          enabled.add(r.id());
        }
      }
      return this;
    }

    public Builder suppressions(List<ConfigSuppression> list) {
      suppressions.addAll(list);
      return this;
    }

    /** false: --no-suppressions. */
    public Builder appliesSuppressions(boolean applies) {
      appliesSuppressions = applies;
      return this;
    }

    public Builder baseline(Baseline b) {
      baseline = b;
      return this;
    }

    /** Whether a rule id is in the catalog (built-in or added custom rule). */
    public boolean knows(String id) {
      return catalog.contains(id);
    }

    public Builder disable(String id) {
      if (id.equals("all")) {
        enabled.clear();
      } else {
        enabled.remove(known(id));
        disabledByName.add(id);
      }
      return this;
    }

    public Builder enable(String id) {
      enabled.add(known(id));
      disabledByName.remove(id);
      return this;
    }

    public Builder disableAll(Iterable<String> ids) {
      ids.forEach(this::disable);
      return this;
    }

    public Builder enableAll(Iterable<String> ids) {
      ids.forEach(this::enable);
      return this;
    }

    public Builder severity(String id, Severity severity) {
      severities.put(known(id), severity);
      return this;
    }

    public Builder options(RuleOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Enforces a Pod Security level (null: none): sets it in the options, and at build time
     * enables its rules (baseline: pod-security-baseline; restricted: both) unless a --disable
     * names them. "--disable all" does not switch them off, so "--disable all --pss-level
     * restricted" runs only the Pod Security rules.
     */
    public Builder podSecurityLevel(String level) {
      if (level == null) {
        return this;
      }
      PssLevel l = PssLevel.parse(level);
      if (l != PssLevel.BASELINE && l != PssLevel.RESTRICTED) {
        throw new IllegalArgumentException("Pod Security level must be baseline or restricted, not \"" + level + "\"");
      }
      podSecurityLevel = l;
      return this;
    }

    /** Strictness and schema folders; the version must be the rule options' one. */
    public Builder schemaOptions(SchemaOptions schemaOptions) {
      this.schemaOptions = schemaOptions;
      return this;
    }

    public LintConfig build() {
      if (podSecurityLevel != null) {
        options = options.withPodSecurityLevel(podSecurityLevel.id());
      }
      PssLevel level = PssLevel.parse(options.podSecurityLevel());
      if (level == PssLevel.BASELINE || level == PssLevel.RESTRICTED) {
        if (!disabledByName.contains(PodSecurityBaseline.ID)) {
          enabled.add(PodSecurityBaseline.ID);
        }
        if (level == PssLevel.RESTRICTED && !disabledByName.contains(PodSecurityRestricted.ID)) {
          enabled.add(PodSecurityRestricted.ID);
        }
      }
      return new LintConfig(this);
    }

    private String known(String id) {
      if (!catalog.contains(id)) {
        throw new IllegalArgumentException("unknown rule \"" + id + "\" (see `dslint rules`)");
      }
      return id;
    }
  }
}
