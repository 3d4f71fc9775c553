package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.Locale;
import java.util.regex.Pattern;

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

  /** The tag the runtime uses when none is written. */
  public static final String DEFAULT_TAG = "latest";

  /** distribution/reference digest grammar: algorithm ":" encoded. */
  private static final Pattern DIGEST = Pattern.compile(
      "[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}");
  private static final Pattern SHA256 = Pattern.compile("sha256:[a-f0-9]{64}");

  public boolean hasDigest() {
    return digest != null;
  }

  /** An empty reference ("" or only blanks): the API server rejects it, no image rule applies. */
  public boolean isEmpty() {
    return repository.isEmpty() && registry == null && tag == null && digest == null;
  }

  /**
   * Whether the digest is well formed: {@code sha256:} and 64 lowercase hex digits, or another
   * algorithm in the reference grammar. A malformed digest makes the reference unpullable.
   */
  public boolean hasValidDigest() {
    if (digest == null) {
      return false;
    }
    return digest.startsWith("sha256:") ? SHA256.matcher(digest).matches() : DIGEST.matcher(digest).matches();
  }

  /** Pinned to immutable content: a well-formed digest (any tag beside it is ignored on pull). */
  public boolean isPinned() {
    return hasValidDigest();
  }

  /**
   * Whether the runtime resolves this reference through the floating "latest" tag: no digest,
   * and no tag or the tag latest in any letter case ("LATEST" is a distinct tag to a registry,
   * but it is just as floating and is read as the same intent). A reference with a digest never
   * floats, whatever its tag says: the runtime pulls by digest.
   */
  public boolean floatsOnLatest() {
    return digest == null && (tag == null || tag.toLowerCase(Locale.ROOT).equals(DEFAULT_TAG));
  }

  /** Whether the first path component is a registry with a port ("registry:5000/app"). */
  public boolean registryHasPort() {
    return registry != null && registry.contains(":");
  }
}
