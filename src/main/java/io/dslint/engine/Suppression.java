package io.dslint.engine;

import io.dslint.yaml.Range;

/**
 * Why a finding is not active: a {@code # dslint-ignore} comment or an {@code ignore.dslint.io/}
 * annotation in the file (in source), a suppression of the configuration file (external), or a
 * match in the baseline given with --baseline. {@code reason} is the justification as written;
 * {@code file} and {@code range} locate the suppression itself (null for a baseline match).
 */
public record Suppression(Kind kind, String reason, String file, Range range) {
  public enum Kind {
    COMMENT("comment"),
    ANNOTATION("annotation"),
    CONFIG("config"),
    BASELINE("baseline");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** SARIF's suppression kind: in the source, or outside it. */
    public String sarifKind() {
      return this == COMMENT || this == ANNOTATION ? "inSource" : "external";
    }
  }

  public boolean baseline() {
    return kind == Kind.BASELINE;
  }
}
