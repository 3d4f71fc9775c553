package io.dslint.rules;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at or above {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity \"" + text + "\" (use error, warning or info)");
  }
}
