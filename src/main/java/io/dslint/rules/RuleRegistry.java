package io.dslint.rules;

import io.dslint.rules.api.SelectorMismatch;
import io.dslint.rules.probes.MissingLivenessProbe;
import io.dslint.rules.resources.MissingMemoryLimit;
import io.dslint.rules.security.PrivilegedContainer;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit list of rules: no class-path scanning or reflection at start-up. Rules the
 * pipeline itself reports (the loader's, the object checks' and the coverage command's) have ids
 * and docs but no class.
 */
public final class RuleRegistry {
  public static final String YAML_SYNTAX = "yaml-syntax";
  public static final String YAML_DUPLICATE_KEY = "yaml-duplicate-key";
  public static final String SCHEMA_VIOLATION = "schema-violation";
  /** Reported by the coverage command (io.dslint.coverage), never by lint: off by default. */
  public static final String NODE_COVERAGE_GAP = "node-coverage-gap";

  private static final List<String> PIPELINE_IDS =
      List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, SCHEMA_VIOLATION, NODE_COVERAGE_GAP);

  /** Rule classes, in catalog order, created for one run's options. */
  public static List<Rule> builtinRules(RuleOptions options) {
    return List.of(
        new SelectorMismatch(),
        new MissingMemoryLimit(),
        new MissingLivenessProbe(),
        new PrivilegedContainer());
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
