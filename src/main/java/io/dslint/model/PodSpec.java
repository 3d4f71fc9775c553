package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A pod spec, with containers already classified and their effective security computed.
 * {@code nodeName} pins the pod to one node; {@code overhead} is the pod overhead (added to the
 * requests by the scheduler); {@code resources} holds the pod-level requests and limits.
 */
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
    Located<String> nodeName,
    Map<String, Located<String>> overhead,
    Resources resources,
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

  /**
   * What the Linux-only security settings (capabilities, seccomp, allowPrivilegeEscalation,
   * readOnlyRootFilesystem) apply to: every container, or none when the pod targets Windows.
   */
  public List<Container> linuxContainers() {
    return targetsWindows() ? List.of() : allContainers();
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

  /** The first toleration that tolerates the taint key=value:effect, or null when none does. */
  public Toleration tolerationFor(String key, String value, String effect) {
    for (Toleration t : tolerations) {
      if (t.tolerates(key, value, effect)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether the pod can only be scheduled on nodes whose label {@code key} (or one of the
   * alternative keys) is constrained: by nodeSelector, or by a required node affinity in which
   * every term (terms are ORed) constrains it. See {@link NodeAffinity#constrainsInEveryTerm}.
   */
  public boolean constrainsNodeLabel(Collection<String> keys) {
    for (String k : keys) {
      if (nodeSelector.containsKey(k)) {
        return true;
      }
    }
    return nodeAffinity.constrainsInEveryTerm(keys);
  }

  /**
   * Whether the pod can only be scheduled on nodes whose label {@code key} (or one of the
   * alternative keys) has exactly {@code value}: by nodeSelector, or by required node affinity
   * in every term (e.g. only Windows nodes).
   */
  public boolean restrictsNodeLabelTo(Collection<String> keys, String value) {
    for (String k : keys) {
      if (value.equals(nodeSelector.get(k))) {
        return true;
      }
    }
    return nodeAffinity.restrictsInEveryTerm(keys, value);
  }

  public boolean usesHostNetwork() {
    return Boolean.TRUE.equals(hostNetwork);
  }

  /**
   * Whether the pod runs on Windows nodes: {@code os.name} says so, or else the node selector
   * ({@code kubernetes.io/os}, or the older {@code beta.kubernetes.io/os}) or every required
   * node-affinity term allows only windows. Linux-only settings (capabilities, seccomp,
   * allowPrivilegeEscalation, readOnlyRootFilesystem, runAsUser) do not apply to such pods.
   */
  public boolean targetsWindows() {
    if (osName != null && !osName.isEmpty()) {
      return osName.equals("windows");
    }
    for (String key : new String[] {"kubernetes.io/os", "beta.kubernetes.io/os"}) {
      String os = nodeSelector.get(key);
      if (os != null) {
        return os.equals("windows");
      }
    }
    return nodeAffinity.restrictsInEveryTerm(List.of("kubernetes.io/os"), "windows");
  }

  /** Every volumeMounts entry, of any container (init, sidecar, regular, ephemeral), naming this volume. */
  public List<ContainerMount> mountsOf(String volumeName) {
    List<ContainerMount> out = new ArrayList<>();
    if (volumeName == null) {
      return out;
    }
    for (Container c : allContainers()) {
      for (VolumeMount m : c.volumeMounts()) {
        if (volumeName.equals(m.name())) {
          out.add(new ContainerMount(c, m));
        }
      }
    }
    return out;
  }

  /**
   * The ports the pod's containers bind on the node, in container order: every port with an
   * explicit hostPort above 0 (0 means none), and in a hostNetwork pod every port with a
   * containerPort (the API server defaults its hostPort to the containerPort). Ephemeral
   * containers cannot declare ports and are not included.
   */
  public List<HostPortUse> hostPortUses() {
    List<HostPortUse> out = new ArrayList<>();
    List<Container> withPorts = new ArrayList<>(initContainers);
    withPorts.addAll(containers);
    for (Container c : withPorts) {
      for (ContainerPort p : c.ports()) {
        if (p.hostPort() != null && p.hostPort() > 0) {
          out.add(new HostPortUse(c, p, p.hostPort(), true));
        } else if (usesHostNetwork() && p.containerPort() != null && p.containerPort() > 0) {
          out.add(new HostPortUse(c, p, p.containerPort(), false));
        }
      }
    }
    return out;
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
