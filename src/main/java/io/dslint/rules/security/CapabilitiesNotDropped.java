package io.dslint.rules.security;

import io.dslint.model.Capabilities;
import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Located;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import java.util.stream.Collectors;

/**
 * capabilities.drop does not contain ALL, on any container. Windows pods are skipped
 * (capabilities are Linux-only).
 */
public final class CapabilitiesNotDropped implements Rule {
  @Override
  public String id() {
    return "capabilities-not-dropped";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().linuxContainers()) {
      Capabilities caps = c.securityContext().capabilities();
      if (caps.dropsAll()) {
        continue;
      }
      String detail = caps.drop().isEmpty()
          ? "has no capabilities.drop"
          : "drops only " + caps.drop().stream().map(Located::value).collect(Collectors.joining(", "));
      out.report(caps.pointer().append("drop"),
          "%s %s, so it keeps the runtime's default capabilities (CHOWN, SETUID, with containerd"
              + " NET_RAW, …);"
              + " drop ALL and add back only what it needs",
          c.describe(), detail);
    }
  }
}
