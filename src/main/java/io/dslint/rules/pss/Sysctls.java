package io.dslint.rules.pss;

import io.dslint.model.Sysctl;
import java.util.HashSet;
import java.util.Set;

/**
 * sysctls (baseline): spec.securityContext.sysctls may only name namespaced, node-safe sysctls.
 * The allowed set grows with the policy version: v1.27 adds ip_local_reserved_ports, v1.29 the
 * TCP keepalive and fin_timeout settings, v1.32 tcp_rmem and tcp_wmem, v1.37
 * tcp_slow_start_after_idle and tcp_notsent_lowat. Each forbidden entry is reported.
 */
final class Sysctls {
  static final Set<String> ALLOWED_1_0 = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
      "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");
  static final Set<String> ALLOWED_1_27 = plus(ALLOWED_1_0, "net.ipv4.ip_local_reserved_ports");
  static final Set<String> ALLOWED_1_29 = plus(ALLOWED_1_27, "net.ipv4.tcp_keepalive_time",
      "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
  static final Set<String> ALLOWED_1_32 = plus(ALLOWED_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");
  static final Set<String> ALLOWED_1_37 = plus(ALLOWED_1_32, "net.ipv4.tcp_slow_start_after_idle",
      "net.ipv4.tcp_notsent_lowat");

  static final PssCheck CHECK = PssCheck.builder("sysctls", PssLevel.BASELINE)
      .since(0, (pod, out) -> evaluate(pod, out, ALLOWED_1_0))
      .since(27, (pod, out) -> evaluate(pod, out, ALLOWED_1_27))
      .since(29, (pod, out) -> evaluate(pod, out, ALLOWED_1_29))
      .since(32, (pod, out) -> evaluate(pod, out, ALLOWED_1_32))
      .since(37, (pod, out) -> evaluate(pod, out, ALLOWED_1_37))
      .build();

  private Sysctls() {}

  private static Set<String> plus(Set<String> base, String... more) {
    Set<String> s = new HashSet<>(base);
    s.addAll(Set.of(more));
    return Set.copyOf(s);
  }

  private static void evaluate(Subject pod, PssCheck.Sink out, Set<String> allowed) {
    for (Sysctl s : pod.spec().securityContext().sysctls()) {
      String name = s.name() == null ? "" : s.name();
      if (!allowed.contains(name)) {
        String hint = ALLOWED_1_37.contains(name) ? " at this policy version (allowed from a later one)" : "";
        out.violation(s.name() != null ? s.pointer().append("name") : s.pointer(),
            "the pod sets sysctl \"" + name + "\", which is not in the safe set" + hint);
      }
    }
  }
}
