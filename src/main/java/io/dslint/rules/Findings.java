package io.dslint.rules;

import io.dslint.yaml.Pointer;

/**
 * Where a rule reports. The pointer names the offending field, or for an absent field the
 * object that should hold it; the engine turns it into a file position.
 */
public interface Findings {
  void report(Pointer pointer, String message);

  default void report(Pointer pointer, String format, Object... args) {
    report(pointer, String.format(java.util.Locale.ROOT, format, args));
  }
}
