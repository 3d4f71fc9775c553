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
    add(pointer, format(format, args), Map.of());
  }

  /**
   * {@code String.format(Locale.ROOT, format, args)} for the %s, %d and %% that rule messages
   * use, without building a Formatter for every finding (it cost as much as the rest of
   * reporting one); any other conversion, or an argument that formats itself, goes to
   * String.format.
   */
  static String format(String format, Object... args) {
    StringBuilder sb = new StringBuilder(format.length() + 32 * args.length);
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      char conversion = i + 1 < format.length() ? format.charAt(i + 1) : 0;
      if (conversion == '%') {
        sb.append('%');
      } else if (conversion == 's' && next < args.length && !(args[next] instanceof java.util.Formattable)) {
        sb.append(args[next++]);
      } else if (conversion == 'd' && next < args.length
          && (args[next] instanceof Integer || args[next] instanceof Long)) {
        sb.append(((Number) args[next++]).longValue());
      } else {
        return String.format(Locale.ROOT, format, args);
      }
      i++;
    }
    return sb.toString();
  }
}
