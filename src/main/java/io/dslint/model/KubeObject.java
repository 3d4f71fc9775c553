package io.dslint.model;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;

/**
 * A Kubernetes object found in a document: the document root, or an item of a {@code kind: List}
 * (then {@code pointer} is "/items/N" and every pointer below it starts there).
 */
public record KubeObject(String apiVersion, String kind, ObjectMeta metadata, Pointer pointer,
    MapNode node) {
  /** "DaemonSet logging/log-agent" style label for messages. */
  public String label() {
    String ns = metadata.namespace();
    String name = metadata.name() != null ? metadata.name() : "<unnamed>";
    return kind + " " + (ns != null ? ns + "/" : "") + name;
  }
}
