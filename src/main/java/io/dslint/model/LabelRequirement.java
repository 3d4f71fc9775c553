package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;
import java.util.Map;

/** One matchExpressions entry of a label selector (In, NotIn, Exists, DoesNotExist). */
public record LabelRequirement(Pointer pointer, String key, String operator, List<String> values) {
  /** Whether a set of labels satisfies this requirement; an unknown operator never matches. */
  public boolean matches(Map<String, String> labels) {
    if (key == null || operator == null) {
      return false;
    }
    String value = labels.get(key);
    return switch (operator) {
      case "In" -> value != null && values.contains(value);
      case "NotIn" -> value == null || !values.contains(value);
      case "Exists" -> labels.containsKey(key);
      case "DoesNotExist" -> !labels.containsKey(key);
      default -> false;
    };
  }
}
