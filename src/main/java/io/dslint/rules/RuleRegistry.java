package io.dslint.rules;

import io.dslint.rules.api.SelectorMismatch;
import io.dslint.rules.probes.MissingLivenessProbe;
import io.dslint.rules.pss.PodSecurityBaseline;
import io.dslint.rules.pss.PodSecurityRestricted;
import io.dslint.rules.resources.MissingMemoryLimit;
import io.dslint.rules.security.PrivilegedContainer;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit list of rules: no class-path scanning or reflection at start-up. Rules the
 * pipeline itself reports (the loader's and the object checks') have ids and docs but no class.
 */
public final class RuleRegistry {
  public static final String YAML_SYNTAX = "yaml-syntax";
  public static final String YAML_DUPLICATE_KEY = "yaml-duplicate-key";
  public static final String SCHEMA_VIOLATION = "schema-violation";

  private static final List<String> PIPELINE_IDS = List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, SCHEMA_VIOLATION);

  /** Rule classes, in catalog order, created for one run's options. */
  public static List<Rule> builtinRules(RuleOptions options) {
    return List.of(
        new SelectorMismatch(),
        new MissingMemoryLimit(),
        new MissingLivenessProbe(),
        new PrivilegedContainer(),
        new PodSecurityBaseline(options),
        new PodSecurityRestricted(options));
  }

  /** Every rule id, pipeline rules first, as the catalog lists them. */
  public static final List<String> ALL_IDS = allIds();

  private static List<String> allIds() {
    List<String> ids = new ArrayList<>(PIPELINE_IDS);
    for (Rule r : builtinRules(RuleOptions.defaults())) {
      ids.add(r.id());
    }
    return List.copyOf(ids);
  }

  private RuleRegistry() {}
}
