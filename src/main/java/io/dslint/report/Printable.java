package io.dslint.report;

/**
 * Input text (file names, names and values inside messages, source lines) made safe for where
 * it is written. Anyone can write a manifest: a container named {@code "\u001b]0;…\u0007"} must
 * not retitle, recolour or clear the terminal that shows dslint's output, nor break the line
 * structure of the gnu format or a CI log; and XML 1.0 cannot hold most control characters at
 * all. Such characters become visible {@code \\uXXXX} escapes.
 */
final class Printable {
  private Printable() {}

  /**
   * For terminals and line-oriented logs: C0 controls (line breaks included) but tab, DEL, C1
   * controls and the bidirectional overrides and isolates (which reorder what is shown) escaped.
   */
  static String line(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        escape(sb, c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@link #line} escapes {@code c}. */
  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** How many characters {@link #line} writes for {@code c}. */
  static int width(char c) {
    return unsafe(c) ? 6 : 1;
  }

  /**
   * For XML 1.0 text and attributes: the characters XML cannot represent (C0 controls but tab,
   * LF and CR; U+FFFE, U+FFFF; unpaired surrogates) escaped, everything else as it is.
   */
  static String xml(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            || c == '\uFFFE' || c == '\uFFFF';
      }
      if (bad && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (bad) {
        escape(sb, c);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static void escape(StringBuilder sb, char c) {
    sb.append("\\u").append(String.format("%04X", (int) c));
  }
}
