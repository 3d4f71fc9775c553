package io.dslint.rules;

import io.dslint.yaml.Pointer;
import java.util.Locale;
import java.util.Map;

/**
 * Where a rule reports. The pointer names the offending field, or for an absent field the field
 * that is missing (the engine places the finding on the deepest part of it that exists, so it
 * lands on the object that should hold it). Properties travel with the finding into json and
 * SARIF output (e.g. the Pod Security check id).
 */
public interface Findings {
  void add(Pointer pointer, String message, Map<String, String> properties);

  default void report(Pointer pointer, String message) {
    add(pointer, message, Map.of());
  }

  default void report(Pointer pointer, String format, Object... args) {
    add(pointer, String.format(Locale.ROOT, format, args), Map.of());
  }
}
