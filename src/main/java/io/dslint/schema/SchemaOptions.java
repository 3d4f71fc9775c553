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

  // equals and hashCode by hand: the record's generated ones link through an invokedynamic
  // bootstrap on first use, and the CLI hashes these options first thing in a cold JVM.
  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaOptions other && kubernetesVersion.equals(other.kubernetesVersion)
        && strict == other.strict && locations.equals(other.locations);
  }

  @Override
  public int hashCode() {
    return (kubernetesVersion.hashCode() * 31 + Boolean.hashCode(strict)) * 31 + locations.hashCode();
  }

  public static SchemaOptions defaults() {
    return new SchemaOptions(KubernetesVersions.embedded().newest(), true, List.of());
  }
}
