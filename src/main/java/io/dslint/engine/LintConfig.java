package io.dslint.engine;

import io.dslint.rules.Rule;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;
import io.dslint.schema.SchemaOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run, at what severity, with which options. Enabled rules start from the catalog
 * defaults, then --disable and --enable apply in that order (so "--disable all --enable x" runs
 * only x).
 */
public final class LintConfig {
  private final RuleCatalog catalog;
  private final Set<String> enabled;
  private final Map<String, Severity> severities;
  private final RuleOptions options;
  private final SchemaOptions schemaOptions;
  private final List<Rule> rules;

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

  /** Schema validation settings; the Kubernetes version is the rules' one. */
  public SchemaOptions schemaOptions() {
    return schemaOptions;
  }

  /** The rule classes to run, in catalog order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Collects settings; unknown rule ids are rejected with IllegalArgumentException. */
  public static final class Builder {
    private final RuleCatalog catalog = RuleCatalog.builtin();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private RuleOptions options = RuleOptions.defaults();
    private SchemaOptions schemaOptions;

    private Builder() {
      for (RuleMeta m : catalog.all()) {
        if (m.enabledByDefault()) {
          enabled.add(m.id());
        }
      }
    }

    public Builder disable(String id) {
      if (id.equals("all")) {
        enabled.clear();
      } else {
        enabled.remove(known(id));
      }
      return this;
    }

    public Builder enable(String id) {
      enabled.add(known(id));
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

    /** Strictness and schema folders; the version must be the rule options' one. */
    public Builder schemaOptions(SchemaOptions schemaOptions) {
      this.schemaOptions = schemaOptions;
      return this;
    }

    public LintConfig build() {
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
