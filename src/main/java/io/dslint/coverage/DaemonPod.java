package io.dslint.coverage;

import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.model.Toleration;
import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod the DaemonSet controller creates for a node (NewPod): the template's spec, the
 * tolerations the controller adds to every daemon pod (AddOrUpdateDaemonPodTolerations), and
 * the requests the scheduler will fit. Computed once per DaemonSet.
 */
public record DaemonPod(DaemonSet daemonSet, PodSpec spec, List<Toleration> added, PodRequests requests) {

  /**
   * Tolerations every DaemonSet pod gets: NoExecute for not-ready and unreachable (so node
   * problems do not evict it), NoSchedule for disk, memory and PID pressure and for cordoned
   * nodes, and for network-unavailable when the pod uses the host network.
   */
  static List<Toleration> controllerTolerations(PodSpec spec) {
    Pointer at = spec.pointer().append("tolerations");
    List<Toleration> out = new ArrayList<>();
    out.add(new Toleration(at, "node.kubernetes.io/not-ready", "Exists", null, "NoExecute", null));
    out.add(new Toleration(at, "node.kubernetes.io/unreachable", "Exists", null, "NoExecute", null));
    out.add(new Toleration(at, "node.kubernetes.io/disk-pressure", "Exists", null, "NoSchedule", null));
    out.add(new Toleration(at, "node.kubernetes.io/memory-pressure", "Exists", null, "NoSchedule", null));
    out.add(new Toleration(at, "node.kubernetes.io/pid-pressure", "Exists", null, "NoSchedule", null));
    out.add(new Toleration(at, "node.kubernetes.io/unschedulable", "Exists", null, "NoSchedule", null));
    if (spec.usesHostNetwork()) {
      out.add(new Toleration(at, "node.kubernetes.io/network-unavailable", "Exists", null, "NoSchedule", null));
    }
    return List.copyOf(out);
  }

  public static DaemonPod of(DaemonSet ds) {
    PodSpec spec = ds.podSpec();
    return new DaemonPod(ds, spec, controllerTolerations(spec), PodRequests.of(spec));
  }

  /** The DaemonSet's own tolerations. */
  public List<Toleration> tolerations() {
    return spec.tolerations();
  }

  /** The field to change for a taint: spec.template.spec.tolerations (or where it would go). */
  public Pointer tolerationsPointer() {
    return spec.pointer().append("tolerations");
  }

  /** Whether some toleration, the DaemonSet's or the controller's, tolerates the taint. */
  public boolean tolerates(Taint t) {
    return tolerating(t, spec.tolerations()) != null || tolerating(t, added) != null;
  }

  static Toleration tolerating(Taint t, List<Toleration> tolerations) {
    for (Toleration tol : tolerations) {
      if (tol.tolerates(t.key(), t.value(), t.effect())) {
        return tol;
      }
    }
    return null;
  }
}
