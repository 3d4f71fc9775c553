package io.dslint.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * apiVersions that Kubernetes stopped serving, per kind, from the upstream deprecation guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide): the minor version that removed
 * each and what replaces it.
 */
public final class RemovedApis {
  /** A removed apiVersion of a kind: removed in Kubernetes 1.{removedInMinor}; replacement may be null. */
  public record Removal(String apiVersion, String kind, int removedInMinor, String replacement, String note) {}

  private static final Map<String, Removal> TABLE = new HashMap<>();

  static {
    String ds = "spec.selector becomes required and must match the template labels; the default"
        + " updateStrategy becomes RollingUpdate";
    for (String kind : new String[] {"DaemonSet", "Deployment", "ReplicaSet"}) {
      add("extensions/v1beta1", kind, 16, "apps/v1", ds);
      add("apps/v1beta2", kind, 16, "apps/v1", ds);
    }
    add("apps/v1beta1", "Deployment", 16, "apps/v1", ds);
    add("apps/v1beta1", "StatefulSet", 16, "apps/v1", null);
    add("apps/v1beta2", "StatefulSet", 16, "apps/v1", null);
    add("apps/v1beta1", "ControllerRevision", 16, "apps/v1", null);
    add("apps/v1beta2", "ControllerRevision", 16, "apps/v1", null);
    add("extensions/v1beta1", "NetworkPolicy", 16, "networking.k8s.io/v1", null);
    add("extensions/v1beta1", "PodSecurityPolicy", 16, "policy/v1beta1 (itself removed in 1.25: use Pod Security Admission)", null);
    add("extensions/v1beta1", "Ingress", 22, "networking.k8s.io/v1", null);
    add("networking.k8s.io/v1beta1", "Ingress", 22, "networking.k8s.io/v1", null);
    add("networking.k8s.io/v1beta1", "IngressClass", 22, "networking.k8s.io/v1", null);
    for (String kind : new String[] {"ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"}) {
      add("rbac.authorization.k8s.io/v1beta1", kind, 22, "rbac.authorization.k8s.io/v1", null);
      add("rbac.authorization.k8s.io/v1alpha1", kind, 22, "rbac.authorization.k8s.io/v1", null);
    }
    add("scheduling.k8s.io/v1beta1", "PriorityClass", 22, "scheduling.k8s.io/v1", null);
    add("scheduling.k8s.io/v1alpha1", "PriorityClass", 22, "scheduling.k8s.io/v1", null);
    add("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", 22, "apiextensions.k8s.io/v1", null);
    add("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", 22, "admissionregistration.k8s.io/v1", null);
    add("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", 22, "admissionregistration.k8s.io/v1", null);
    add("apiregistration.k8s.io/v1beta1", "APIService", 22, "apiregistration.k8s.io/v1", null);
    add("certificates.k8s.io/v1beta1", "CertificateSigningRequest", 22, "certificates.k8s.io/v1", null);
    add("coordination.k8s.io/v1beta1", "Lease", 22, "coordination.k8s.io/v1", null);
    for (String kind : new String[] {"CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"}) {
      add("storage.k8s.io/v1beta1", kind, 22, "storage.k8s.io/v1", null);
    }
    add("batch/v1beta1", "CronJob", 25, "batch/v1", null);
    add("discovery.k8s.io/v1beta1", "EndpointSlice", 25, "discovery.k8s.io/v1", null);
    add("events.k8s.io/v1beta1", "Event", 25, "events.k8s.io/v1", null);
    add("autoscaling/v2beta1", "HorizontalPodAutoscaler", 25, "autoscaling/v2", null);
    add("autoscaling/v2beta2", "HorizontalPodAutoscaler", 26, "autoscaling/v2", null);
    add("policy/v1beta1", "PodDisruptionBudget", 25, "policy/v1", null);
    add("policy/v1beta1", "PodSecurityPolicy", 25, null, "use Pod Security Admission instead");
    add("node.k8s.io/v1beta1", "RuntimeClass", 25, "node.k8s.io/v1", null);
    add("storage.k8s.io/v1beta1", "CSIStorageCapacity", 27, "storage.k8s.io/v1", null);
    for (String kind : new String[] {"FlowSchema", "PriorityLevelConfiguration"}) {
      add("flowcontrol.apiserver.k8s.io/v1beta1", kind, 26, "flowcontrol.apiserver.k8s.io/v1", null);
      add("flowcontrol.apiserver.k8s.io/v1beta2", kind, 29, "flowcontrol.apiserver.k8s.io/v1", null);
      add("flowcontrol.apiserver.k8s.io/v1beta3", kind, 32, "flowcontrol.apiserver.k8s.io/v1", null);
    }
  }

  private static void add(String apiVersion, String kind, int minor, String replacement, String note) {
    TABLE.put(apiVersion + " " + kind, new Removal(apiVersion, kind, minor, replacement, note));
  }

  private RemovedApis() {}

  /** The removal that applies to this apiVersion/kind at the target version "1.Y", or null. */
  public static Removal find(String apiVersion, String kind, String targetVersion) {
    Removal r = TABLE.get(apiVersion + " " + kind);
    if (r == null) {
      return null;
    }
    int target = Integer.parseInt(targetVersion.substring(targetVersion.indexOf('.') + 1));
    return target >= r.removedInMinor() ? r : null;
  }
}
