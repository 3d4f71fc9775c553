package io.dslint.coverage;

import io.dslint.model.Quantity;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's NodeResourcesFit filter against an empty node: the pod needs one of the node's
 * allocatable pods, and each resource it requests (CPU compared in millicores, the rest in whole
 * units, both rounded up) must fit the node's allocatable amount. A node without an extended
 * resource (nvidia.com/gpu, hugepages-2Mi …) has none of it. When the input gives no allocatable,
 * or leaves out cpu, memory, ephemeral-storage or pods, that part is not checked (a note says so).
 * What other pods on the node already use is not known statically; the DaemonSet's notes say so.
 */
final class NodeResourcesPredicate implements Predicate {
  private static final Set<String> ALWAYS_REPORTED = Set.of("cpu", "memory", "ephemeral-storage", "pods");

  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    Map<String, Quantity> allocatable = node.allocatable();
    if (allocatable == null) {
      if (!pod.requests().amounts().isEmpty()) {
        out.caveat("the node's allocatable resources are not given: requests not checked");
      }
      return;
    }
    Quantity pods = allocatable.get("pods");
    if (pods != null && pods.value() < 1) {
      out.reason(Reason.RESOURCES, Verdict.PENDING, pod.spec().pointer(),
          "the node's allocatable pods is " + pods + ": it takes no pod");
    }
    for (Map.Entry<String, Quantity> e : pod.requests().amounts().entrySet()) {
      String resource = e.getKey();
      Quantity requested = e.getValue();
      Quantity available = allocatable.get(resource);
      if (available == null && ALWAYS_REPORTED.contains(resource)) {
        out.caveat("the node's allocatable " + resource + " is not given: not checked");
        continue;
      }
      if (available == null) {
        available = Quantity.ZERO;
      }
      boolean cpu = resource.equals("cpu");
      long need = cpu ? requested.milliValue() : requested.value();
      long have = cpu ? available.milliValue() : available.value();
      if (need > have) {
        out.reason(Reason.RESOURCES, Verdict.PENDING, pod.requests().sources().get(resource),
            "requests " + resource + " " + requested + (available.isZero() && !allocatable.containsKey(resource)
                ? " but the node has none allocatable" : " but the node's allocatable " + resource + " is " + available));
      }
    }
  }
}
