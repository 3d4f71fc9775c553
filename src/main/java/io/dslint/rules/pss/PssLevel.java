package io.dslint.rules.pss;

import java.util.Locale;

/** The Pod Security Standards levels, least strict first. */
public enum PssLevel {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  /** "baseline", as Pod Security Admission labels and dslint's options spell it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The next stricter level, or null for restricted. */
  public PssLevel next() {
    return this == RESTRICTED ? null : values()[ordinal() + 1];
  }

  /** Parses "baseline" or "restricted" (and "privileged"); null for anything else. */
  public static PssLevel parse(String text) {
    for (PssLevel l : values()) {
      if (l.id().equals(text)) {
        return l;
      }
    }
    return null;
  }
}
