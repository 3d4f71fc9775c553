package io.dslint.coverage;

import io.dslint.yaml.Pointer;

/**
 * Why a DaemonSet's pod does not run on a node. {@code check} names the predicate
 * ("nodeSelector", "taints" …), {@code verdict} what its failure means, and {@code pointer} the
 * field of the DaemonSet to change (where a node-coverage-gap finding points).
 */
public record Reason(String check, Verdict verdict, String message, Pointer pointer) {
  public static final String NODE_NAME = "nodeName";
  public static final String NODE_SELECTOR = "nodeSelector";
  public static final String NODE_AFFINITY = "nodeAffinity";
  public static final String TAINTS = "taints";
  public static final String UNSCHEDULABLE = "unschedulable";
  public static final String RESOURCES = "resources";
  public static final String OS = "os";

  /** Whether the DaemonSet itself does not target the node (its nodeName, selector or affinity). */
  public boolean selection() {
    return check.equals(NODE_NAME) || check.equals(NODE_SELECTOR) || check.equals(NODE_AFFINITY);
  }
}
