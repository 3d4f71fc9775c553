package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A hostPath volume source; {@code normalizedPath} is the path as the node resolves it. */
public record HostPath(Pointer pointer, String path, String normalizedPath, String type) {

  /** Lexical normalisation: "//etc" and "/etc/" are "/etc"; "/etc/../etc/kubernetes" too. */
  public static String normalize(String path) {
    if (path == null || !path.startsWith("/")) {
      return path;
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Whether this path is {@code other} or lies under it (both normalised). */
  public static boolean isWithin(String path, String other) {
    return path.equals(other) || other.equals("/") || path.startsWith(other + "/");
  }
}
