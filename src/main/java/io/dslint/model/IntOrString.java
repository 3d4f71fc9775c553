package io.dslint.model;

import io.dslint.yaml.Pointer;

/** An int-or-string field (maxSurge, ports): exactly one of {@code number}, {@code text}. */
public record IntOrString(Pointer pointer, Long number, String text) {
  public boolean isPercent() {
    return text != null && text.endsWith("%");
  }

  /** The value as written, for messages. */
  public String display() {
    return number != null ? number.toString() : '"' + text + '"';
  }

  /**
   * Whether the value is greater than zero: an integer above 0 or a percentage above 0%.
   * Unparsable strings count as non-zero, since the API server would not read them as zero.
   */
  public boolean isPositive() {
    if (number != null) {
      return number > 0;
    }
    String digits = isPercent() ? text.substring(0, text.length() - 1) : text;
    try {
      return Long.parseLong(digits.strip()) > 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
