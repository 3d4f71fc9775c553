package io.dslint.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Settings that rules may depend on, fixed for a run: the target Kubernetes version ("1.35"),
 * the Pod Security Standards level to enforce (null: none), the Pod Security policy version
 * the target namespace pins, as its {@code pod-security.kubernetes.io/enforce-version} label
 * would (null or "latest": the cluster's own), and rule parameters from the configuration
 * (rule id → parameter key → items; a key is a {@link Parameter}'s name, which replaces its
 * defaults, or "additional-" and the name, which adds to them). Rules that need them receive
 * them when the registry creates them.
 */
public record RuleOptions(String kubernetesVersion, String podSecurityLevel, String podSecurityVersion,
    Map<String, Map<String, List<String>>> parameters) {
  /** The newest Kubernetes minor version whose schemas are embedded; the default target. */
  public static final String NEWEST_KUBERNETES_VERSION = io.dslint.schema.KubernetesVersions.embedded().newest();

  public RuleOptions {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  public RuleOptions(String kubernetesVersion, String podSecurityLevel, String podSecurityVersion) {
    this(kubernetesVersion, podSecurityLevel, podSecurityVersion, Map.of());
  }

  public RuleOptions(String kubernetesVersion, String podSecurityLevel) {
    this(kubernetesVersion, podSecurityLevel, null);
  }

  public static RuleOptions defaults() {
    return new RuleOptions(NEWEST_KUBERNETES_VERSION, null, null);
  }

  public RuleOptions withKubernetesVersion(String version) {
    return new RuleOptions(version, podSecurityLevel, podSecurityVersion, parameters);
  }

  public RuleOptions withPodSecurityLevel(String level) {
    return new RuleOptions(kubernetesVersion, level, podSecurityVersion, parameters);
  }

  public RuleOptions withPodSecurityVersion(String version) {
    return new RuleOptions(kubernetesVersion, podSecurityLevel, version, parameters);
  }

  public RuleOptions withParameters(Map<String, Map<String, List<String>>> values) {
    return new RuleOptions(kubernetesVersion, podSecurityLevel, podSecurityVersion, values);
  }

  /**
   * A parameter's effective items: the configured list (or the defaults) followed by the
   * configured additions, without repeats, in that order.
   */
  public List<String> list(String ruleId, Parameter parameter) {
    Map<String, List<String>> given = parameters.getOrDefault(ruleId, Map.of());
    LinkedHashSet<String> items = new LinkedHashSet<>(given.getOrDefault(parameter.name(), parameter.defaults()));
    items.addAll(given.getOrDefault(Parameter.ADDITIONAL + parameter.name(), List.of()));
    return new ArrayList<>(items);
  }
}
