package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.Collection;
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
    String runtimeClassName) {

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

  public Volume volume(String name) {
    for (Volume v : volumes) {
      if (v.name() != null && v.name().equals(name)) {
        return v;
      }
    }
    return null;
  }
}
