package io.dslint.coverage;

import java.util.regex.Pattern;

/** Label key and value syntax (k8s.io/apimachinery validation), for node files. */
final class LabelSyntax {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private LabelSyntax() {}

  /** "name" or "prefix/name", the prefix a DNS subdomain of at most 253 characters. */
  static boolean isQualifiedName(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
    }
    return name.length() <= 63 && NAME.matcher(name).matches();
  }

  /** Empty, or at most 63 characters of the name alphabet. */
  static boolean isValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && NAME.matcher(value).matches());
  }
}
