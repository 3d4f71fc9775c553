package io.dslint.rules.metadata;

import io.dslint.model.DaemonSet;
import io.dslint.model.ObjectMeta;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** metadata.namespace absent, empty, or "default". */
public final class DefaultNamespace implements Rule {
  @Override
  public String id() {
    return "default-namespace";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    ObjectMeta meta = ds.metadata();
    String ns = meta.namespace();
    String name = meta.name() != null ? meta.name() : "<unnamed>";
    if (ns == null || ns.isEmpty()) {
      out.report(meta.pointer().append("namespace"), "DaemonSet \"%s\" sets no metadata.namespace: it"
          + " goes to the namespace of whoever applies it, usually \"default\" (fine when kubectl -n,"
          + " kustomize or Helm sets it; then disable this rule)", name);
    } else if (ns.equals("default")) {
      out.report(meta.pointer().append("namespace"), "DaemonSet \"%s\" is in namespace \"default\":"
          + " node agents belong in a namespace of their own, with its own RBAC, quotas and Pod"
          + " Security level", name);
    }
  }
}
