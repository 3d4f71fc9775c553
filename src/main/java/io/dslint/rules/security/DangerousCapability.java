package io.dslint.rules.security;

import io.dslint.model.Capabilities;
import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Located;
import io.dslint.rules.Findings;
import io.dslint.rules.Parameter;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * capabilities.add lists a capability that gives control over the node or its other workloads,
 * in any spelling ("SYS_ADMIN", "CAP_SYS_ADMIN", "sys_admin"). Checked on every container;
 * Windows pods are skipped (capabilities are Linux-only). The list is the parameter
 * {@code capabilities} (defaults: {@link #DANGEROUS}, in the order of the doc).
 */
public final class DangerousCapability implements Rule {
  /** Capability (normalised) → what it lets the container do. */
  static final Map<String, String> DANGEROUS = Map.ofEntries(
      Map.entry("ALL", "every Linux capability, which is root on the node in all but name"),
      Map.entry("SYS_ADMIN", "mount file systems, enter namespaces, load BPF and much more:"
          + " the usual first step of a container escape"),
      Map.entry("SYS_MODULE", "load kernel modules, that is run any code in the node's kernel"),
      Map.entry("SYS_RAWIO", "raw access to devices, I/O ports and memory"),
      Map.entry("SYS_PTRACE", "trace other processes and inject code into them (with hostPID:"
          + " every process on the node)"),
      Map.entry("SYS_BOOT", "reboot the node or load a new kernel"),
      Map.entry("SYS_TIME", "set the node's clock, which breaks certificates, tokens and logs"
          + " for everything on it"),
      Map.entry("DAC_READ_SEARCH", "read any file regardless of permissions, and open host"
          + " files by handle (a known container escape)"),
      Map.entry("NET_ADMIN", "reconfigure interfaces, routes and firewall rules (with"
          + " hostNetwork: the node's)"),
      Map.entry("NET_RAW", "craft raw packets: spoof addresses and intercept traffic of"
          + " neighbours (ARP and DNS spoofing)"),
      Map.entry("BPF", "load BPF programs that read kernel memory and redirect traffic"),
      Map.entry("PERFMON", "trace and profile every process with perf and BPF"),
      Map.entry("MAC_ADMIN", "change the AppArmor or SELinux policy"),
      Map.entry("MAC_OVERRIDE", "bypass the AppArmor or SELinux policy"),
      Map.entry("SYSLOG", "read and clear the kernel log, which reveals kernel addresses"),
      Map.entry("AUDIT_CONTROL", "switch off or rewrite the kernel audit rules"));

  /** The configurable list; the defaults are {@link #DANGEROUS}'s keys, sorted. */
  public static final Parameter CAPABILITIES = new Parameter("capabilities",
      "capabilities that must not be added (with or without CAP_, any case)", Parameter.Kind.CAPABILITY,
      DANGEROUS.keySet().stream().sorted().toList());

  private final Map<String, String> dangerous;

  public DangerousCapability() {
    this(RuleOptions.defaults());
  }

  public DangerousCapability(RuleOptions options) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String configured : options.list(id(), CAPABILITIES)) {
      String cap = Capabilities.normalize(configured);
      m.putIfAbsent(cap, DANGEROUS.getOrDefault(cap, "listed as dangerous in the configuration"));
    }
    this.dangerous = Map.copyOf(m);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(CAPABILITIES);
  }

  @Override
  public String id() {
    return "dangerous-capability";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().linuxContainers()) {
      for (Located<String> cap : c.securityContext().capabilities().add()) {
        String reason = dangerous.get(Capabilities.normalize(cap.value()));
        if (reason != null) {
          out.report(cap.pointer(), "%s adds capability %s: %s", c.describe(), cap.value(), reason);
        }
      }
    }
  }
}
