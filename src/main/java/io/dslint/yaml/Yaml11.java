package io.dslint.yaml;

import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML 1.1 implicit typing of plain scalars, written out by hand: the same answers as SnakeYAML's
 * {@code Resolver} (Yaml11Test compares them on every spelling that matters and on random text),
 * without its regular expressions. Building SnakeYAML's resolver compiles nine expressions, and
 * its constructors start java.util.logging: together a noticeable share of a one-file lint in a
 * cold JVM, and a Matcher per scalar after that.
 *
 * <p>The rules, by first character as SnakeYAML files them: y/Y/n/N/t/T/f/F/o/O may be booleans
 * (10 characters at most), n/N/~ and "" null, '-', '+' and digits ints and floats (1024 at most),
 * '.' floats, digits timestamps (50 at most), "<<" the merge key, and "!", "&", "*" alone the
 * yaml tag; a lone space is null too. Everything else, and every quoted scalar, is a string.
 */
final class Yaml11 {
  private Yaml11() {}

  /** The tag SnakeYAML's Resolver gives a scalar; {@code plain}: not quoted, not a block scalar. */
  static Tag resolve(String s, boolean plain) {
    if (!plain) {
      return Tag.STR;
    }
    if (s.isEmpty()) {
      return Tag.NULL;
    }
    int n = s.length();
    switch (s.charAt(0)) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O':
        if (n <= 10 && isBool(s)) {
          return Tag.BOOL;
        }
        return n <= 10 && isNull(s) ? Tag.NULL : Tag.STR;
      case '~':
        return n == 1 ? Tag.NULL : Tag.STR;
      case '-', '+':
        if (n <= 1024 && isInt(s)) {
          return Tag.INT;
        }
        return n <= 1024 && isFloat(s) ? Tag.FLOAT : Tag.STR;
      case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        if (n <= 1024 && isInt(s)) {
          return Tag.INT;
        }
        if (n <= 1024 && isFloat(s)) {
          return Tag.FLOAT;
        }
        return n <= 50 && isTimestamp(s) ? Tag.TIMESTAMP : Tag.STR;
      case '.':
        return n <= 1024 && isFloat(s) ? Tag.FLOAT : Tag.STR;
      case '<':
        return s.equals("<<") ? Tag.MERGE : Tag.STR;
      case '!', '&', '*':
        return n == 1 ? Tag.YAML : Tag.STR;
      default:
        // SnakeYAML tries its null expression on every scalar, and it accepts a lone space.
        return s.equals(" ") ? Tag.NULL : Tag.STR;
    }
  }

  /** {@code yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF} */
  static boolean isBool(String s) {
    switch (s) {
      case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
          "on", "On", "ON", "off", "Off", "OFF":
        return true;
      default:
        return false;
    }
  }

  /** {@code ~|null|Null|NULL| } */
  static boolean isNull(String s) {
    return s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL") || s.equals(" ");
  }

  /**
   * {@code [-+]?0b_*[0-1][0-1_]* | [-+]?0_*[0-7][0-7_]* | [-+]?(0|[1-9][0-9_]*) |
   * [-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]* | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+}
   */
  static boolean isInt(String s) {
    int i = sign(s, 0);
    int n = s.length();
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      if (i + 1 == n) {
        return true;
      }
      char next = s.charAt(i + 1);
      if (next == 'b') {
        return digitsWithUnderscores(s, skipUnderscores(s, i + 2), 2);
      }
      if (next == 'x') {
        return digitsWithUnderscores(s, skipUnderscores(s, i + 2), 16);
      }
      return digitsWithUnderscores(s, skipUnderscores(s, i + 1), 8);
    }
    if (!isDigit(s.charAt(i))) {
      return false;
    }
    int j = i + 1;
    while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return j == n || sexagesimalTail(s, j, false);
  }

  /**
   * {@code [-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+ |
   * [-+]?\.[0-9_]+([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* |
   * [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)}
   */
  static boolean isFloat(String s) {
    int n = s.length();
    if (s.equals(".nan") || s.equals(".NaN") || s.equals(".NAN")) {
      return true;
    }
    int i = sign(s, 0);
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '.') {
      String rest = s.substring(i + 1);
      if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
        return true;
      }
      // \.[0-9_]+ then an optional exponent
      int j = i + 1;
      while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      return j > i + 1 && exponentOrEnd(s, j);
    }
    if (!isDigit(s.charAt(i))) {
      return false;
    }
    int j = i + 1;
    while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    if (j == n) {
      return false;
    }
    char c = s.charAt(j);
    if (c == '.') {
      int k = j + 1;
      while (k < n && (isDigit(s.charAt(k)) || s.charAt(k) == '_')) {
        k++;
      }
      return exponentOrEnd(s, k);
    }
    if (c == 'e' || c == 'E') {
      return exponent(s, j);
    }
    return c == ':' && sexagesimalTail(s, j, true);
  }

  /**
   * {@code [0-9]{4}-[0-9]{2}-[0-9]{2} | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}
   * (\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?}
   */
  static boolean isTimestamp(String s) {
    int n = s.length();
    int i = digits(s, 0, 4, 4);
    if (i < 0 || i >= n || s.charAt(i) != '-') {
      return false;
    }
    int month = digits(s, i + 1, 1, 2);
    if (month < 0 || month >= n || s.charAt(month) != '-') {
      return false;
    }
    int day = digits(s, month + 1, 1, 2);
    if (day < 0) {
      return false;
    }
    if (day == n) {
      // the date alone needs two-digit month and day
      return month - (i + 1) == 2 && day - (month + 1) == 2;
    }
    int j = day;
    if (s.charAt(j) == 'T' || s.charAt(j) == 't') {
      j++;
    } else {
      int k = j;
      while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
        k++;
      }
      if (k == j) {
        return false;
      }
      j = k;
    }
    j = digits(s, j, 1, 2);
    if (j < 0 || j >= n || s.charAt(j) != ':') {
      return false;
    }
    j = digits(s, j + 1, 2, 2);
    if (j < 0 || j >= n || s.charAt(j) != ':') {
      return false;
    }
    j = digits(s, j + 1, 2, 2);
    if (j < 0) {
      return false;
    }
    if (j < n && s.charAt(j) == '.') {
      j++;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
    }
    if (j == n) {
      return true;
    }
    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    if (j == n) {
      return false;
    }
    if (s.charAt(j) == 'Z') {
      return j + 1 == n;
    }
    if (s.charAt(j) != '-' && s.charAt(j) != '+') {
      return false;
    }
    j = digits(s, j + 1, 1, 2);
    if (j < 0) {
      return false;
    }
    if (j == n) {
      return true;
    }
    return s.charAt(j) == ':' && digits(s, j + 1, 2, 2) == n;
  }

  /** What {@link #simpleValue} returns for a spelling it leaves to SnakeYAML's constructors. */
  static final Object UNHANDLED = new Object();

  /**
   * The value of a plain scalar typed bool, int or float, for the spellings manifests use:
   * booleans, decimal integers up to 18 digits, and decimals like "0.5". Anything else (other
   * bases, underscores, exponents, sexagesimal, .inf) is {@link #UNHANDLED}: the caller asks
   * SnakeYAML's constructors, whose exact results (and overflows) these equal where they answer.
   */
  static Object simpleValue(Tag tag, String s) {
    if (tag.equals(Tag.BOOL) && isBool(s)) {
      char c = Character.toLowerCase(s.charAt(0));
      return c == 'y' || c == 't' || (c == 'o' && s.length() == 2);
    }
    if (tag.equals(Tag.INT)) {
      int i = sign(s, 0);
      int n = s.length();
      if (n - i >= 1 && n - i <= 18 && (s.charAt(i) != '0' || n - i == 1) && allDigits(s, i, n)) {
        return Long.parseLong(s);
      }
      return UNHANDLED;
    }
    if (tag.equals(Tag.FLOAT)) {
      int i = sign(s, 0);
      int dot = s.indexOf('.', i);
      if (dot > i && dot < s.length() - 1 && allDigits(s, i, dot) && allDigits(s, dot + 1, s.length())) {
        // as SnakeYAML computes it: the unsigned value times the sign (so "-0.0" is -0.0)
        return Double.valueOf(s.substring(i)) * (s.charAt(0) == '-' ? -1 : 1);
      }
      return UNHANDLED;
    }
    return UNHANDLED;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int sign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+') ? i + 1 : i;
  }

  private static int skipUnderscores(String s, int i) {
    while (i < s.length() && s.charAt(i) == '_') {
      i++;
    }
    return i;
  }

  /** At i: one digit of the radix, then digits of the radix and underscores to the end. */
  private static boolean digitsWithUnderscores(String s, int i, int radix) {
    if (i >= s.length() || Character.digit(s.charAt(i), radix) < 0 || !isAsciiAlnum(s.charAt(i))) {
      return false;
    }
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c != '_' && (Character.digit(c, radix) < 0 || !isAsciiAlnum(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * At i: {@code (:[0-5]?[0-9])+} to the end, or with {@code fraction} then {@code \.[0-9_]*}.
   */
  private static boolean sexagesimalTail(String s, int i, boolean fraction) {
    int n = s.length();
    boolean groups = false;
    while (i < n && s.charAt(i) == ':') {
      int j = i + 1;
      if (j + 1 < n && isDigit(s.charAt(j)) && isDigit(s.charAt(j + 1)) && s.charAt(j) <= '5') {
        // two digits, the first 0-5 ... unless only the second one belongs to this group
        i = j + 2;
      } else if (j < n && isDigit(s.charAt(j))) {
        i = j + 1;
      } else {
        return false;
      }
      groups = true;
    }
    if (!groups) {
      return false;
    }
    if (!fraction) {
      return i == n;
    }
    if (i >= n || s.charAt(i) != '.') {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      if (!isDigit(s.charAt(j)) && s.charAt(j) != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean exponentOrEnd(String s, int i) {
    return i == s.length() || ((s.charAt(i) == 'e' || s.charAt(i) == 'E') && exponent(s, i));
  }

  /** At i: {@code [eE][-+]?[0-9]+} to the end. */
  private static boolean exponent(String s, int i) {
    int j = sign(s, i + 1);
    if (j >= s.length()) {
      return false;
    }
    for (int k = j; k < s.length(); k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** At i: between min and max digits; the index after them, or -1. */
  private static int digits(String s, int i, int min, int max) {
    int j = i;
    while (j < s.length() && j - i < max && isDigit(s.charAt(j))) {
      j++;
    }
    return j - i >= min ? j : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return c < 128;
  }
}
