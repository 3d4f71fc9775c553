package io.dslint.model;

import io.dslint.yaml.Pointer;

/**
 * A pod toleration. Matching follows the scheduler (k8s.io/api/core/v1 Toleration.ToleratesTaint):
 * an empty effect matches every effect; operator Exists with an empty key matches every taint.
 */
public record Toleration(Pointer pointer, String key, String operator, String value, String effect,
    Long tolerationSeconds) {

  /** The taint kubeadm (1.24+) and most distributions put on control-plane nodes, value "". */
  public static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
  /** Its predecessor, no longer applied by kubeadm since 1.25. */
  public static final String MASTER = "node-role.kubernetes.io/master";
  public static final String NO_SCHEDULE = "NoSchedule";

  /** Whether this toleration names exactly this key (a key-less Exists names none). */
  public boolean hasKey(String taintKey) {
    return taintKey.equals(key);
  }

  /** Whether the effect is empty (every effect) or equal to {@code taintEffect}. */
  public boolean coversEffect(String taintEffect) {
    return effect == null || effect.isEmpty() || effect.equals(taintEffect);
  }

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
