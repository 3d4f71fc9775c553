package io.dslint.model;

import io.dslint.yaml.Pointer;

/**
 * A parsed image reference, following the distribution reference grammar:
 * {@code [registry[:port]/]repository[:tag][@digest]}. The first path component is a registry
 * only when it has a dot or a port, or is "localhost" ("registry:5000/app" has no tag).
 */
public record Image(Pointer pointer, String reference, String registry, String repository,
    String tag, String digest) {

  public static Image parse(String reference, Pointer pointer) {
    String rest = reference.strip();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String registry = null;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new Image(pointer, reference, registry, rest, emptyToNull(tag), emptyToNull(digest));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public boolean hasDigest() {
    return digest != null;
  }
}
