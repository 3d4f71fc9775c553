package io.dslint.coverage;

/**
 * What happens to a DaemonSet on one node, in the order the pod's life would stop: the
 * controller creates no pod, the scheduler leaves it pending, the kubelet rejects it.
 */
public enum Verdict {
  /** The pod is created, scheduled and admitted. */
  RUNS("runs"),
  /** The DaemonSet controller creates no pod for the node (nodeName, selector, affinity, taints). */
  NO_POD("no pod"),
  /** A pod is created but the scheduler cannot bind it (resources). */
  PENDING("pending"),
  /** The pod is bound but the kubelet refuses to admit it (OS). */
  REJECTED("rejected");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** As the table shows it: "runs", "no pod", "pending", "rejected". */
  public String label() {
    return label;
  }

  /** As json gives it: "runs", "no-pod", "pending", "rejected". */
  public String id() {
    return label.replace(' ', '-');
  }
}
