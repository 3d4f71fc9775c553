package io.dslint.rules;

/**
 * Settings that rules may depend on, fixed for a run: the target Kubernetes version ("1.35")
 * and the Pod Security Standards level to enforce (null: none). Rules that need them receive
 * them when the registry creates them.
 */
public record RuleOptions(String kubernetesVersion, String podSecurityLevel) {
  /** The newest Kubernetes minor version whose schemas are embedded; the default target. */
  public static final String NEWEST_KUBERNETES_VERSION = io.dslint.schema.KubernetesVersions.embedded().newest();

  public static RuleOptions defaults() {
    return new RuleOptions(NEWEST_KUBERNETES_VERSION, null);
  }
}
