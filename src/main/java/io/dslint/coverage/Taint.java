package io.dslint.coverage;

import java.util.List;

/**
 * A node taint. {@code origin} says where it comes from: null for one written in the node's
 * spec.taints (or the inventory), otherwise the node condition or field the node lifecycle
 * controller turns into this taint ("condition Ready=False", "spec.unschedulable").
 * {@code line} is where it was written (for a derived taint, where its cause was written).
 */
public record Taint(String key, String value, String effect, String origin, int line) {
  public static final String NO_SCHEDULE = "NoSchedule";
  public static final String PREFER_NO_SCHEDULE = "PreferNoSchedule";
  public static final String NO_EXECUTE = "NoExecute";
  public static final List<String> EFFECTS = List.of(NO_SCHEDULE, PREFER_NO_SCHEDULE, NO_EXECUTE);

  public Taint {
    value = value == null ? "" : value;
  }

  /** Whether the scheduler and the DaemonSet controller refuse pods that do not tolerate it. */
  public boolean blocksScheduling() {
    return NO_SCHEDULE.equals(effect) || NO_EXECUTE.equals(effect);
  }

  /** kubectl's notation: key=value:Effect, or key:Effect without a value. */
  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
  }

  /**
   * Parses kubectl's notation ({@code key=value:Effect} or {@code key:Effect}).
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Taint parse(String text, int line) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("taint \"" + text + "\" has no effect: write KEY[=VALUE]:EFFECT, e.g. "
          + "dedicated=gpu:NoSchedule");
    }
    String effect = text.substring(colon + 1);
    String keyValue = text.substring(0, colon);
    int eq = keyValue.indexOf('=');
    String key = eq < 0 ? keyValue : keyValue.substring(0, eq);
    String value = eq < 0 ? "" : keyValue.substring(eq + 1);
    return of(key, value, effect, line, "taint \"" + text + "\"");
  }

  /** A taint from its parts, checked as the API server checks them. */
  public static Taint of(String key, String value, String effect, int line, String what) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException(what + " has no key");
    }
    if (!LabelSyntax.isQualifiedName(key)) {
      throw new IllegalArgumentException(what + ": key \"" + key + "\" is not a valid label key");
    }
    if (value != null && !value.isEmpty() && !LabelSyntax.isValue(value)) {
      throw new IllegalArgumentException(what + ": value \"" + value + "\" is not a valid label value");
    }
    if (!EFFECTS.contains(effect)) {
      throw new IllegalArgumentException(what + ": effect \"" + effect + "\" is not one of "
          + String.join(", ", EFFECTS));
    }
    return new Taint(key, value, effect, null, line);
  }
}
