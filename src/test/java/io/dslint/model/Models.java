package io.dslint.model;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.util.List;

/** Builds model records from YAML text, for model unit tests. */
final class Models {
  private Models() {}

  static DaemonSet daemonSet(String yaml) {
    try {
      YamlDocument doc = new YamlLoader().load(yaml, 0, 1, List.of(yaml.split("\n", -1)));
      return ModelBuilder.daemonSet(ModelBuilder.object((MapNode) doc.root(), Pointer.ROOT));
    } catch (Exception e) {
      throw new AssertionError("cannot load test YAML", e);
    }
  }

  /** A DaemonSet whose pod spec is {@code podSpec} (indented by 6 spaces in the result). */
  static PodSpec podSpec(String podSpec) {
    StringBuilder sb = new StringBuilder("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: t}
        spec:
          selector: {matchLabels: {app: t}}
          template:
            metadata: {labels: {app: t}}
            spec:
        """);
    for (String line : podSpec.split("\n")) {
      sb.append("      ").append(line).append('\n');
    }
    return daemonSet(sb.toString()).podSpec();
  }
}
