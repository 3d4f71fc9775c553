package io.dslint.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Scalars and flow lists written so that YAML 1.1 reads them back as the same strings. */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/.][A-Za-z0-9_./-]*");
  private static final Set<String> SPECIAL = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
      "null", "~");

  private YamlText() {}

  /** A string, plain when that reads back as the same string, double-quoted otherwise. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !SPECIAL.contains(s.toLowerCase(Locale.ROOT)) && !s.matches("\\.[0-9].*")
        && !s.equals(".")) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  static String list(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(scalar(items.get(i)));
    }
    return sb.append(']').toString();
  }
}
