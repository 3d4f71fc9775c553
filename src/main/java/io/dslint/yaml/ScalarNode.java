package io.dslint.yaml;

/**
 * A scalar resolved as YAML 1.1 (the dialect kubectl reads): {@code value} is a String, Long,
 * BigInteger, Double, Boolean or null; {@code text} is the scalar as written.
 */
public record ScalarNode(Range range, Object value, String text, boolean quoted) implements Node {
  public boolean isNull() {
    return value == null;
  }

  /** Human form of the value for messages: strings quoted, others as written. */
  public String describe() {
    return value instanceof String s ? '"' + s + '"' : String.valueOf(text);
  }

  public String typeName() {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Double) {
      return "number";
    }
    return "integer";
  }
}
