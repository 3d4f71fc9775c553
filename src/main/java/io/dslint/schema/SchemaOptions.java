package io.dslint.schema;

import java.nio.file.Path;
import java.util.List;

/**
 * How objects are validated in a run: the embedded Kubernetes version (already resolved), strict
 * (unknown fields are errors, the default) or not, and extra schema folders in the kubeconform
 * layout, tried in order before the embedded schemas.
 */
public record SchemaOptions(String kubernetesVersion, boolean strict, List<Path> locations) {
  public SchemaOptions {
    locations = List.copyOf(locations);
  }

  public static SchemaOptions defaults() {
    return new SchemaOptions(KubernetesVersions.embedded().newest(), true, List.of());
  }
}
