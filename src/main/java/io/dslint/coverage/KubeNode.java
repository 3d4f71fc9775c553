package io.dslint.coverage;

import io.dslint.model.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node as the DaemonSet controller and the scheduler see it: labels, taints (written ones and
 * those the node lifecycle controller derives from conditions and spec.unschedulable), whether
 * it is cordoned, its conditions, and its allocatable resources ({@code allocatable} is null when
 * the input does not give them). {@code file} and {@code line} say where it was defined.
 */
public record KubeNode(String name, String file, int line, Map<String, String> labels, List<Taint> taints,
    boolean unschedulable, List<Condition> conditions, Map<String, Quantity> allocatable) {

  public static final String OS_LABEL = "kubernetes.io/os";
  public static final String ARCH_LABEL = "kubernetes.io/arch";
  public static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

  /** A node condition (Ready, MemoryPressure …) with its status: True, False or Unknown. */
  public record Condition(String type, String status, int line) {}

  /** The node's OS label (set by the kubelet on every real node), or null. */
  public String os() {
    return labels.get(OS_LABEL);
  }

  public String arch() {
    return labels.get(ARCH_LABEL);
  }

  /**
   * Builds a node, adding the taints the node lifecycle controller (TaintNodesByCondition and
   * taint-based eviction) puts on a node in these conditions, unless already written.
   */
  public static KubeNode create(String name, String file, int line, Map<String, String> labels,
      List<Taint> written, boolean unschedulable, int unschedulableLine, List<Condition> conditions,
      Map<String, Quantity> allocatable) {
    List<Taint> taints = new ArrayList<>(written);
    for (Condition c : conditions) {
      String cause = "condition " + c.type() + "=" + c.status();
      switch (c.type() + "=" + c.status()) {
        case "Ready=False" -> {
          derive(taints, "node.kubernetes.io/not-ready", Taint.NO_SCHEDULE, cause, c.line());
          derive(taints, "node.kubernetes.io/not-ready", Taint.NO_EXECUTE, cause, c.line());
        }
        case "Ready=Unknown" -> {
          derive(taints, "node.kubernetes.io/unreachable", Taint.NO_SCHEDULE, cause, c.line());
          derive(taints, "node.kubernetes.io/unreachable", Taint.NO_EXECUTE, cause, c.line());
        }
        case "MemoryPressure=True" -> derive(taints, "node.kubernetes.io/memory-pressure", Taint.NO_SCHEDULE, cause, c.line());
        case "DiskPressure=True" -> derive(taints, "node.kubernetes.io/disk-pressure", Taint.NO_SCHEDULE, cause, c.line());
        case "PIDPressure=True" -> derive(taints, "node.kubernetes.io/pid-pressure", Taint.NO_SCHEDULE, cause, c.line());
        case "NetworkUnavailable=True" ->
            derive(taints, "node.kubernetes.io/network-unavailable", Taint.NO_SCHEDULE, cause, c.line());
        default -> { }
      }
    }
    if (unschedulable) {
      derive(taints, "node.kubernetes.io/unschedulable", Taint.NO_SCHEDULE, "spec.unschedulable", unschedulableLine);
    }
    return new KubeNode(name, file, line, ordered(labels), List.copyOf(taints), unschedulable,
        List.copyOf(conditions), allocatable == null ? null : ordered(allocatable));
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static void derive(List<Taint> taints, String key, String effect, String origin, int line) {
    for (Taint t : taints) {
      if (t.key().equals(key) && t.effect().equals(effect)) {
        return;
      }
    }
    taints.add(new Taint(key, "", effect, origin, line));
  }
}
