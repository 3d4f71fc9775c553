package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.PodSecurityContext;
import io.dslint.model.SecurityContext;
import io.dslint.yaml.Pointer;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import java.util.Set;

/**
 * Pod-level fields of the template: restartPolicy must be Always for a DaemonSet (the default);
 * activeDeadlineSeconds is not supported on DaemonSets; dnsPolicy and preemptionPolicy come from
 * their enums, and dnsPolicy None needs dnsConfig with at least one nameserver; user and group
 * ids (runAsUser, runAsGroup, fsGroup, of the pod and of each container) are 0 to 2147483647.
 */
public final class PodSpecValidation extends ApiCheck {
  private static final Set<String> DNS_POLICIES = Set.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
  private static final Set<String> PREEMPTION = Set.of("PreemptLowerPriority", "Never");

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    PodSecurityContext psc = pod.securityContext();
    id(psc.pointer().append("runAsUser"), psc.runAsUser(), out);
    id(psc.pointer().append("runAsGroup"), psc.runAsGroup(), out);
    id(psc.pointer().append("fsGroup"), psc.fsGroup(), out);
    for (Container c : pod.allContainers()) {
      SecurityContext sc = c.securityContext();
      id(sc.pointer().append("runAsUser"), sc.runAsUser(), out);
      id(sc.pointer().append("runAsGroup"), sc.runAsGroup(), out);
    }
    if (pod.restartPolicy() != null && !pod.restartPolicy().isEmpty() && !pod.restartPolicy().equals("Always")) {
      out.report(pod.pointer().append("restartPolicy"), "restartPolicy \"%s\" is not supported for a DaemonSet:"
          + " the only value is Always", pod.restartPolicy());
    }
    if (pod.activeDeadlineSeconds() != null) {
      out.report(pod.pointer().append("activeDeadlineSeconds"), "activeDeadlineSeconds is not supported for a"
          + " DaemonSet: its pods run for as long as the node");
    }
    String dns = pod.dnsPolicy();
    if (dns != null && !dns.isEmpty()) {
      if (!DNS_POLICIES.contains(dns)) {
        out.report(pod.pointer().append("dnsPolicy"), "dnsPolicy \"%s\" is not one of ClusterFirst,"
            + " ClusterFirstWithHostNet, Default, None", dns);
      } else if (dns.equals("None")) {
        if (!pod.dnsConfig().present()) {
          out.report(pod.pointer().append("dnsPolicy"), "dnsPolicy None needs a dnsConfig");
        } else if (pod.dnsConfig().nameservers() == 0) {
          out.report(pod.dnsConfig().pointer(), "dnsPolicy None needs at least one dnsConfig.nameservers entry");
        }
      }
    }
    if (pod.preemptionPolicy() != null && !PREEMPTION.contains(pod.preemptionPolicy())) {
      out.report(pod.pointer().append("preemptionPolicy"), "preemptionPolicy \"%s\" is not one of"
          + " PreemptLowerPriority, Never", pod.preemptionPolicy());
    }
  }

  private static void id(Pointer at, Long value, Findings out) {
    if (value != null && (value < 0 || value > 2147483647L)) {
      out.report(at, "%s %d must be between 0 and 2147483647, inclusive", at.last(), value);
    }
  }
}
