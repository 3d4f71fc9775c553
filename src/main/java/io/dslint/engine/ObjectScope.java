package io.dslint.engine;

import java.util.Set;

/** Which built-in kinds are cluster-scoped (their namespace, if written, is ignored by the server). */
final class ObjectScope {
  private static final Set<String> CLUSTER_SCOPED = Set.of(
      "/Namespace", "/Node", "/PersistentVolume", "/ComponentStatus",
      "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
      "scheduling.k8s.io/PriorityClass", "storage.k8s.io/StorageClass", "storage.k8s.io/CSIDriver",
      "storage.k8s.io/CSINode", "storage.k8s.io/VolumeAttachment",
      "apiextensions.k8s.io/CustomResourceDefinition", "apiregistration.k8s.io/APIService",
      "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
      "admissionregistration.k8s.io/MutatingWebhookConfiguration",
      "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
      "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
      "node.k8s.io/RuntimeClass", "networking.k8s.io/IngressClass",
      "certificates.k8s.io/CertificateSigningRequest", "policy/PodSecurityPolicy",
      "flowcontrol.apiserver.k8s.io/FlowSchema", "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration");

  private ObjectScope() {}

  static boolean isClusterScoped(String group, String kind) {
    return CLUSTER_SCOPED.contains(group + "/" + kind);
  }
}
