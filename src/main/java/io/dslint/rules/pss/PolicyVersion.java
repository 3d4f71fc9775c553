package io.dslint.rules.pss;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pod Security policy version: a Kubernetes minor version of major 1, as in a namespace's
 * {@code pod-security.kubernetes.io/enforce-version: v1.30} label. Checks name the first policy
 * version each of their revisions applies to; a version newer than every revision simply gets
 * the newest revisions (Pod Security Admission clamps the same way).
 */
public record PolicyVersion(int minor) implements Comparable<PolicyVersion> {
  private static final Pattern FORM = Pattern.compile("v?1\\.(\\d{1,3})(?:\\.\\d+)?");

  /** Policy version "v1.0": the first revision of the oldest checks. */
  public static final PolicyVersion V1_0 = new PolicyVersion(0);

  public PolicyVersion {
    if (minor < 0) {
      throw new IllegalArgumentException("negative minor version " + minor);
    }
  }

  public static PolicyVersion of(int minor) {
    return new PolicyVersion(minor);
  }

  /** Parses "1.30", "v1.30" or "1.30.2"; throws IllegalArgumentException for anything else. */
  public static PolicyVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a Kubernetes version (use 1.MINOR, e.g. 1.30)");
    }
    return new PolicyVersion(Integer.parseInt(m.group(1)));
  }

  /** Whether {@code text} is "latest" (any case), the policy version that follows the cluster. */
  public static boolean isLatest(String text) {
    return text == null || text.isBlank() || text.strip().equalsIgnoreCase("latest");
  }

  /**
   * The policy version a namespace gets on a cluster of version {@code cluster} when it pins
   * {@code pinned} (null or "latest": follow the cluster). A pin newer than the cluster gets the
   * cluster's newest checks, as the admission controller of that cluster knows no newer ones.
   */
  public static PolicyVersion effective(PolicyVersion cluster, String pinned) {
    if (isLatest(pinned)) {
      return cluster;
    }
    PolicyVersion p = parse(pinned);
    return p.compareTo(cluster) > 0 ? cluster : p;
  }

  public boolean atLeast(int otherMinor) {
    return minor >= otherMinor;
  }

  @Override
  public int compareTo(PolicyVersion o) {
    return Integer.compare(minor, o.minor);
  }

  /** "v1.30", the form of the enforce-version label. */
  @Override
  public String toString() {
    return "v1." + minor;
  }
}
