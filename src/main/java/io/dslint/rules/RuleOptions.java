package io.dslint.rules;

/**
 * Settings that rules may depend on, fixed for a run: the target Kubernetes version ("1.35"),
 * the Pod Security Standards level to enforce (null: none) and the Pod Security policy version
 * the target namespace pins, as its {@code pod-security.kubernetes.io/enforce-version} label
 * would (null or "latest": the cluster's own). Rules that need them receive them when the
 * registry creates them.
 */
public record RuleOptions(String kubernetesVersion, String podSecurityLevel, String podSecurityVersion) {
  /** The newest Kubernetes minor version whose schemas are embedded; the default target. */
  public static final String NEWEST_KUBERNETES_VERSION = io.dslint.schema.KubernetesVersions.embedded().newest();

  public RuleOptions(String kubernetesVersion, String podSecurityLevel) {
    this(kubernetesVersion, podSecurityLevel, null);
  }

  public static RuleOptions defaults() {
    return new RuleOptions(NEWEST_KUBERNETES_VERSION, null, null);
  }

  public RuleOptions withKubernetesVersion(String version) {
    return new RuleOptions(version, podSecurityLevel, podSecurityVersion);
  }

  public RuleOptions withPodSecurityLevel(String level) {
    return new RuleOptions(kubernetesVersion, level, podSecurityVersion);
  }

  public RuleOptions withPodSecurityVersion(String version) {
    return new RuleOptions(kubernetesVersion, podSecurityLevel, version);
  }
}
