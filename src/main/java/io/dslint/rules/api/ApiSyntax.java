package io.dslint.rules.api;

import java.util.regex.Pattern;

/**
 * The API server's syntax checks for names, label keys and values, port names and the like, as
 * in apimachinery's util/validation. Each method returns null for a valid value, else what is
 * wrong with it (a phrase that completes "… is invalid: ").
 */
final class ApiSyntax {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME_PART = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
  private static final Pattern C_ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

  private ApiSyntax() {}

  static String dns1123Label(String v) {
    if (v.length() > 63) {
      return "must be no more than 63 characters";
    }
    return DNS1123_LABEL.matcher(v).matches() ? null
        : "must be a lowercase RFC 1123 label: lower case letters, digits and '-', starting and ending with a letter or digit";
  }

  static String dns1123Subdomain(String v) {
    if (v.length() > 253) {
      return "must be no more than 253 characters";
    }
    return DNS1123_SUBDOMAIN.matcher(v).matches() ? null
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
      if (name.contains("/")) {
        return "must be an optional DNS subdomain prefix and '/' followed by a name, with at most one '/'";
      }
    }
    if (name.isEmpty()) {
      return "name part must be non-empty";
    }
    if (name.length() > 63) {
      return "name part must be no more than 63 characters";
    }
    return QUALIFIED_NAME_PART.matcher(name).matches() ? null
        : "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }

  static String labelValue(String v) {
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > 63) {
      return "must be no more than 63 characters";
    }
    return QUALIFIED_NAME_PART.matcher(v).matches() ? null
        : "must be empty or consist of alphanumeric characters, '-', '_' or '.', starting and ending with an alphanumeric character";
  }

  /** IANA_SVC_NAME: at most 15 characters, a-z, 0-9 and '-', at least one letter, no "--", no '-' at either end. */
  static String portName(String v) {
    if (v.length() > 15) {
      return "must be no more than 15 characters";
    }
    if (!PORT_NAME_CHARS.matcher(v).matches()) {
      return "must contain only lower case letters, digits and '-'";
    }
    if (!HAS_LETTER.matcher(v).matches()) {
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
    return C_ENV_NAME.matcher(v).matches() ? null
        : "must consist of letters, digits, '_', '-' or '.', and must not start with a digit";
  }

  static String configMapKey(String v) {
    if (v.length() > 253) {
      return "must be no more than 253 characters";
    }
    if (v.equals(".") || v.equals("..") || v.startsWith("..")) {
      return "must not be '.' or '..' or start with '..'";
    }
    return CONFIG_MAP_KEY.matcher(v).matches() ? null : "must consist of alphanumeric characters, '-', '_' or '.'";
  }

  static boolean isPercent(String v) {
    return PERCENT.matcher(v).matches();
  }

  /** The minor number of a "1.Y" version. */
  static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }
}
