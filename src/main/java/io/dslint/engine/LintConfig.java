package io.dslint.engine;

import io.dslint.rules.Rule;
import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run and at what severity. Built from the catalog defaults, then --disable and
 * --enable in that order (so "--disable all --enable x" runs only x).
 */
public final class LintConfig {
  private final RuleCatalog catalog;
  private final Set<String> enabled;
  private final Map<String, Severity> severities;
  private final List<Rule> rules;

  private LintConfig(RuleCatalog catalog, Set<String> enabled, Map<String, Severity> severities) {
    this.catalog = catalog;
    this.enabled = enabled;
    this.severities = severities;
    List<Rule> active = new ArrayList<>();
    for (Rule r : RuleRegistry.builtinRules()) {
      if (enabled.contains(r.id())) {
        active.add(r);
      }
    }
    this.rules = List.copyOf(active);
  }

  public static LintConfig defaults() {
    return of(List.of(), List.of(), Map.of());
  }

  /**
   * @throws IllegalArgumentException naming an unknown rule id
   */
  public static LintConfig of(Collection<String> enable, Collection<String> disable,
      Map<String, Severity> severityOverrides) {
    RuleCatalog catalog = RuleCatalog.builtin();
    Set<String> enabled = new LinkedHashSet<>();
    for (RuleMeta m : catalog.all()) {
      if (m.enabledByDefault()) {
        enabled.add(m.id());
      }
    }
    for (String id : disable) {
      if (id.equals("all")) {
        enabled.clear();
      } else {
        enabled.remove(known(catalog, id));
      }
    }
    for (String id : enable) {
      enabled.add(known(catalog, id));
    }
    for (String id : severityOverrides.keySet()) {
      known(catalog, id);
    }
    return new LintConfig(catalog, enabled, new HashMap<>(severityOverrides));
  }

  private static String known(RuleCatalog catalog, String id) {
    if (!catalog.contains(id)) {
      throw new IllegalArgumentException("unknown rule \"" + id + "\" (see `dslint rules`)");
    }
    return id;
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

  /** The rule classes to run, in catalog order. */
  public List<Rule> rules() {
    return rules;
  }
}
