package io.dslint.coverage;

/** How a node's label reads in a reason. */
final class NodeLabels {
  private NodeLabels() {}

  /** "the node has kubernetes.io/arch=amd64" or "the node has no label kubernetes.io/arch". */
  static String describe(KubeNode node, String key) {
    String value = node.labels().get(key);
    return value == null ? "the node has no label " + key : "the node has " + pair(key, value);
  }

  /** key=value, with an empty value shown as "" (node-role.kubernetes.io/worker=""). */
  static String pair(String key, String value) {
    return key + "=" + (value.isEmpty() ? "\"\"" : value);
  }
}
