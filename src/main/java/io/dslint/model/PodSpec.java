package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A pod spec, with containers already classified and their effective security computed. */
public record PodSpec(
    Pointer pointer,
    boolean present,
    List<Container> initContainers,
    List<Container> containers,
    List<Container> ephemeralContainers,
    List<Volume> volumes,
    Boolean hostNetwork,
    Boolean hostPID,
    Boolean hostIPC,
    Boolean hostUsers,
    PodSecurityContext securityContext,
    List<Toleration> tolerations,
    Map<String, String> nodeSelector,
    NodeAffinity nodeAffinity,
    String priorityClassName,
    String serviceAccountName,
    Boolean automountServiceAccountToken,
    String restartPolicy,
    String dnsPolicy,
    String osName,
    String runtimeClassName,
    Long activeDeadlineSeconds,
    Long terminationGracePeriodSeconds,
    String hostname,
    String subdomain,
    DnsConfig dnsConfig,
    String preemptionPolicy) {

  /** spec.dnsConfig: present or not, and how many nameservers it lists. */
  public record DnsConfig(Pointer pointer, boolean present, int nameservers) {}


  /** Init (plain and sidecar), regular and ephemeral containers, in that order. */
  public List<Container> allContainers() {
    List<Container> all = new ArrayList<>(initContainers.size() + containers.size()
        + ephemeralContainers.size());
    all.addAll(initContainers);
    all.addAll(containers);
    all.addAll(ephemeralContainers);
    return all;
  }

  /** Containers that run for the pod's lifetime: native sidecars and regular containers. */
  public List<Container> longRunningContainers() {
    List<Container> out = new ArrayList<>(containers.size() + 1);
    for (Container c : initContainers) {
      if (c.kind() == ContainerKind.SIDECAR) {
        out.add(c);
      }
    }
    out.addAll(containers);
    return out;
  }

  public boolean usesHostNetwork() {
    return Boolean.TRUE.equals(hostNetwork);
  }

  public Volume volume(String name) {
    for (Volume v : volumes) {
      if (v.name() != null && v.name().equals(name)) {
        return v;
      }
    }
    return null;
  }
}
