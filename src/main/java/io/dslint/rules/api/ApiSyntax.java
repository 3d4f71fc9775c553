package io.dslint.rules.api;

/**
 * The API server's syntax checks for names, label keys and values, port names and the like, as
 * in apimachinery's util/validation. Each method returns null for a valid value, else what is
 * wrong with it (a phrase that completes "… is invalid: "). The character classes are checked
 * by hand, not with regular expressions: these run for every name, label and key of every object,
 * and a Matcher per check was the largest cost of the rules (ApiSyntaxTest compares each check
 * with the expression it implements).
 */
final class ApiSyntax {
  private ApiSyntax() {}

  static String dns1123Label(String v) {
    if (v.length() > 63) {
      return "must be no more than 63 characters";
    }
    return isDns1123Label(v, 0, v.length()) ? null
        : "must be a lowercase RFC 1123 label: lower case letters, digits and '-', starting and ending with a letter or digit";
  }

  static String dns1123Subdomain(String v) {
    if (v.length() > 253) {
      return "must be no more than 253 characters";
    }
    return isDns1123Subdomain(v) ? null
        : "must be a lowercase RFC 1123 subdomain: lower case letters, digits, '-' and '.', starting and ending with a letter or digit";
  }

  /** A label or annotation key: an optional DNS subdomain prefix and "/", then a name of at most 63 characters. */
  static String qualifiedName(String v) {
    String name = v;
    int slash = v.indexOf('/');
    if (slash >= 0) {
      String prefix = v.substring(0, slash);
      name = v.substring(slash + 1);
      if (prefix.isEmpty()) {
        return "prefix part must be non-empty";
      }
      String p = dns1123Subdomain(prefix);
      if (p != null) {
        return "prefix part " + p;
      }
      if (name.indexOf('/') >= 0) {
        return "must be an optional DNS subdomain prefix and '/' followed by a name, with at most one '/'";
      }
    }
    if (name.isEmpty()) {
      return "name part must be non-empty";
    }
    if (name.length() > 63) {
      return "name part must be no more than 63 characters";
    }
    return isQualifiedNamePart(name) ? null
        : "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }

  static String labelValue(String v) {
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > 63) {
      return "must be no more than 63 characters";
    }
    return isQualifiedNamePart(v) ? null
        : "must be empty or consist of alphanumeric characters, '-', '_' or '.', starting and ending with an alphanumeric character";
  }

  /** IANA_SVC_NAME: at most 15 characters, a-z, 0-9 and '-', at least one letter, no "--", no '-' at either end. */
  static String portName(String v) {
    if (v.length() > 15) {
      return "must be no more than 15 characters";
    }
    boolean letter = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!isLowerAlnum(c) && c != '-') {
        return "must contain only lower case letters, digits and '-'";
      }
      letter |= c >= 'a' && c <= 'z';
    }
    if (v.isEmpty()) {
      return "must contain only lower case letters, digits and '-'";
    }
    if (!letter) {
      return "must contain at least one letter";
    }
    if (v.contains("--")) {
      return "must not contain consecutive hyphens";
    }
    if (v.startsWith("-") || v.endsWith("-")) {
      return "must not begin or end with a hyphen";
    }
    return null;
  }

  static String portNumber(long p) {
    return p >= 1 && p <= 65535 ? null : "must be between 1 and 65535, inclusive";
  }

  /**
   * An environment variable name. Kubernetes 1.32 relaxed it (RelaxedEnvironmentVariableValidation,
   * on by default since then) to any printable ASCII character but '='.
   */
  static String envVarName(String v, int minor) {
    if (minor >= 32) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c < 32 || c > 126 || c == '=') {
          return "must consist of printable ASCII characters other than '='";
        }
      }
      return null;
    }
    return isCEnvName(v) ? null : "must consist of letters, digits, '_', '-' or '.', and must not start with a digit";
  }

  static String configMapKey(String v) {
    if (v.length() > 253) {
      return "must be no more than 253 characters";
    }
    if (v.equals(".") || v.equals("..") || v.startsWith("..")) {
      return "must not be '.' or '..' or start with '..'";
    }
    return isConfigMapKey(v) ? null : "must consist of alphanumeric characters, '-', '_' or '.'";
  }

  /** {@code [0-9]+%} */
  static boolean isPercent(String v) {
    int n = v.length();
    if (n < 2 || v.charAt(n - 1) != '%') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The minor number of a "1.Y" version. */
  static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over v[from, to). */
  static boolean isDns1123Label(String v, int from, int to) {
    if (from >= to || !isLowerAlnum(v.charAt(from)) || !isLowerAlnum(v.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = v.charAt(i);
      if (!isLowerAlnum(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Labels joined by single dots: {@code LABEL(\.LABEL)*}. */
  static boolean isDns1123Subdomain(String v) {
    int start = 0;
    while (true) {
      int dot = v.indexOf('.', start);
      int end = dot < 0 ? v.length() : dot;
      if (!isDns1123Label(v, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]} */
  static boolean isQualifiedNamePart(String v) {
    int n = v.length();
    if (n == 0 || !isAlnum(v.charAt(0)) || !isAlnum(v.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = v.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** {@code [-._a-zA-Z][-._a-zA-Z0-9]*} */
  static boolean isCEnvName(String v) {
    if (v.isEmpty() || isDigit(v.charAt(0))) {
      return false;
    }
    return isConfigMapKey(v);
  }

  /** {@code [-._a-zA-Z0-9]+} */
  static boolean isConfigMapKey(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
  }

  private static boolean isAlnum(char c) {
    return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
  }
}
