package io.dslint.rules;

import io.dslint.rules.api.ContainerValidation;
import io.dslint.rules.api.EnvValidation;
import io.dslint.rules.api.NameValidation;
import io.dslint.rules.api.PodSpecValidation;
import io.dslint.rules.api.PortValidation;
import io.dslint.rules.api.ProbeValidation;
import io.dslint.rules.api.ResourceValidation;
import io.dslint.rules.api.SelectorMismatch;
import io.dslint.rules.api.TolerationValidation;
import io.dslint.rules.api.UpdateStrategyValidation;
import io.dslint.rules.api.VolumeMountValidation;
import io.dslint.rules.api.VolumeValidation;
import io.dslint.rules.probes.MissingLivenessProbe;
import io.dslint.rules.resources.MissingMemoryLimit;
import io.dslint.rules.security.PrivilegedContainer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explicit list of rules: no class-path scanning or reflection at start-up. Rules the
 * pipeline itself reports (the loader's and the object checks') have ids and docs but no class.
 */
public final class RuleRegistry {
  public static final String YAML_SYNTAX = "yaml-syntax";
  public static final String YAML_DUPLICATE_KEY = "yaml-duplicate-key";
  public static final String SCHEMA_VIOLATION = "schema-violation";
  public static final String API_REMOVED = "api-removed";
  public static final String UNKNOWN_KIND = "unknown-kind";
  public static final String DUPLICATE_OBJECT = "duplicate-object";
  public static final String SELECTOR_MISMATCH = "selector-mismatch";
  public static final String API_VALIDATION = "api-validation";

  private static final List<String> PIPELINE_IDS = List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, SCHEMA_VIOLATION,
      API_REMOVED, UNKNOWN_KIND, DUPLICATE_OBJECT);

  /** Rule classes, in catalog order, created for one run's options. */
  public static List<Rule> builtinRules(RuleOptions options) {
    return List.of(
        new SelectorMismatch(),
        // api-validation: the API server's own checks, one class per concern area
        new NameValidation(),
        new ContainerValidation(),
        new PortValidation(),
        new VolumeValidation(),
        new VolumeMountValidation(),
        new ResourceValidation(),
        new ProbeValidation(),
        new EnvValidation(options.kubernetesVersion()),
        new TolerationValidation(),
        new UpdateStrategyValidation(),
        new PodSpecValidation(),
        new MissingMemoryLimit(),
        new MissingLivenessProbe(),
        new PrivilegedContainer());
  }

  /**
   * Every rule id once, pipeline rules first, as the catalog lists them (several classes may
   * share an id: the api-validation checks are one rule to users).
   */
  public static final List<String> ALL_IDS = allIds();

  private static List<String> allIds() {
    Set<String> ids = new LinkedHashSet<>(PIPELINE_IDS);
    for (Rule r : builtinRules(RuleOptions.defaults())) {
      ids.add(r.id());
    }
    return List.copyOf(ids);
  }

  private RuleRegistry() {}
}
