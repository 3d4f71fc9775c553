package io.dslint.model;

import io.dslint.yaml.Pointer;

/**
 * A pod toleration. Matching follows the scheduler (k8s.io/api/core/v1 Toleration.ToleratesTaint):
 * an empty effect matches every effect; operator Exists with an empty key matches every taint.
 */
public record Toleration(Pointer pointer, String key, String operator, String value, String effect,
    Long tolerationSeconds) {

  public String effectiveOperator() {
    return operator == null || operator.isEmpty() ? "Equal" : operator;
  }

  public boolean tolerates(String taintKey, String taintValue, String taintEffect) {
    if (effect != null && !effect.isEmpty() && !effect.equals(taintEffect)) {
      return false;
    }
    if (key != null && !key.isEmpty() && !key.equals(taintKey)) {
      return false;
    }
    return switch (effectiveOperator()) {
      case "Exists" -> true;
      case "Equal" -> (key != null && !key.isEmpty())
          && java.util.Objects.equals(value == null ? "" : value, taintValue == null ? "" : taintValue);
      default -> false;
    };
  }
}
