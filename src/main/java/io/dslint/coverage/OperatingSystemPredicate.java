package io.dslint.coverage;

import io.dslint.yaml.Pointer;

/**
 * The kubelet's admission of the pod's operating system (pkg/kubelet/lifecycle): spec.os.name
 * must be the node's OS (PodOSNotSupported), and a kubernetes.io/os label on the pod template
 * must equal the node's (PodOSSelectorNodeLabelDoesNotMatch). The node's OS is its
 * kubernetes.io/os label. A pod that says nothing about its OS, on a Windows node, gets a note:
 * its images decide, and dslint does not inspect images.
 */
final class OperatingSystemPredicate implements Predicate {
  @Override
  public void check(DaemonPod pod, KubeNode node, NodeVerdict.Builder out) {
    String nodeOs = node.os();
    String podOs = pod.spec().osName();
    String labelOs = pod.daemonSet().template().metadata().labels().get(KubeNode.OS_LABEL);
    if (nodeOs == null) {
      if (podOs != null || labelOs != null) {
        out.caveat("the node has no " + KubeNode.OS_LABEL + " label: the pod's OS is not checked");
      }
      return;
    }
    if (podOs != null && !podOs.equals(nodeOs)) {
      out.reason(Reason.OS, Verdict.REJECTED, pod.spec().pointer().append("os", "name"),
          "spec.os.name is " + podOs + " but the node runs " + nodeOs
              + ": the kubelet rejects the pod (PodOSNotSupported)");
    }
    if (labelOs != null && !labelOs.equals(nodeOs)) {
      Pointer label = pod.daemonSet().template().metadata().pointer().append("labels", KubeNode.OS_LABEL);
      out.reason(Reason.OS, Verdict.REJECTED, label, "the pod template is labelled " + KubeNode.OS_LABEL + "="
          + labelOs + " but the node runs " + nodeOs + ": the kubelet rejects the pod"
          + " (PodOSSelectorNodeLabelDoesNotMatch)");
    }
    if (podOs == null && labelOs == null && nodeOs.equals("windows")) {
      out.caveat("a Windows node, and the pod does not set spec.os.name: its containers start only if every"
          + " image has a Windows variant (not checked)");
    }
  }
}
