package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.ContainerPort;
import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Container ports: containerPort required and in 1-65535, hostPort in 1-65535 when set, names
 * IANA service names unique within the container, protocol TCP, UDP or SCTP; with hostNetwork a
 * hostPort must equal its containerPort (an absent one is defaulted to it); one hostPort and
 * protocol may be claimed by only one port of the pod's containers.
 */
public final class PortValidation extends ApiCheck {
  private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    Map<String, ContainerPort> hostPorts = new HashMap<>();
    for (Container c : pod.allContainers()) {
      Set<String> names = new HashSet<>();
      for (ContainerPort p : c.ports()) {
        if (p.name() != null && !p.name().isEmpty()) {
          String problem = ApiSyntax.portName(p.name());
          if (problem != null) {
            out.report(p.pointer().append("name"), "%s: port name \"%s\" %s", c.describe(), p.name(), problem);
          } else if (!names.add(p.name())) {
            out.report(p.pointer().append("name"), "%s: port name \"%s\" is used twice in this container",
                c.describe(), p.name());
          }
        }
        if (p.containerPort() != null) {
          String problem = ApiSyntax.portNumber(p.containerPort());
          if (problem != null) {
            out.report(p.pointer().append("containerPort"), "%s: containerPort %d %s", c.describe(), p.containerPort(), problem);
          }
        }
        Long hostPort = p.hostPort() != null && p.hostPort() != 0 ? p.hostPort() : null;
        if (hostPort != null && ApiSyntax.portNumber(hostPort) != null) {
          out.report(p.pointer().append("hostPort"), "%s: hostPort %d %s", c.describe(), hostPort,
              ApiSyntax.portNumber(hostPort));
        }
        if (p.protocol() != null && !PROTOCOLS.contains(p.protocol())) {
          out.report(p.pointer().append("protocol"), "%s: protocol \"%s\" is not one of TCP, UDP, SCTP",
              c.describe(), p.protocol());
        }
        if (pod.usesHostNetwork() && hostPort != null && p.containerPort() != null
            && !hostPort.equals(p.containerPort())) {
          out.report(p.pointer().append("hostPort"), "%s: hostPort %d must equal containerPort %d when hostNetwork"
              + " is true (leave hostPort out: it defaults to the containerPort)", c.describe(), hostPort, p.containerPort());
        }
        if (hostPort != null && c.kind() == io.dslint.model.ContainerKind.REGULAR) {
          String protocol = p.protocol() == null ? "TCP" : p.protocol();
          if (hostPorts.putIfAbsent(protocol + "/" + hostPort, p) != null) {
            out.report(p.pointer().append("hostPort"), "%s: hostPort %d/%s is already claimed by another port"
                + " of this pod", c.describe(), hostPort, protocol);
          }
        }
      }
    }
  }
}
