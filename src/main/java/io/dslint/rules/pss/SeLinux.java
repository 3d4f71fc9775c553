package io.dslint.rules.pss;

import io.dslint.model.Container;
import java.util.Set;

/**
 * seLinuxOptions (baseline): seLinuxOptions.type must be empty or a container type
 * (container_t, container_init_t, container_kvm_t; container_engine_t from v1.31), and user and
 * role must be empty, on the pod and on every container. Each offending field is reported.
 */
final class SeLinux {
  private static final Set<String> TYPES_1_0 = Set.of("", "container_t", "container_init_t", "container_kvm_t");
  private static final Set<String> TYPES_1_31 = Set.of("", "container_t", "container_init_t", "container_kvm_t",
      "container_engine_t");

  static final PssCheck CHECK = PssCheck.builder("seLinuxOptions", PssLevel.BASELINE)
      .since(0, (pod, out) -> evaluate(pod, out, TYPES_1_0))
      .since(31, (pod, out) -> evaluate(pod, out, TYPES_1_31))
      .build();

  private SeLinux() {}

  private static void evaluate(Subject pod, PssCheck.Sink out, Set<String> types) {
    check(pod.spec().securityContext().seLinuxOptions(), "the pod", types, out);
    for (Container c : pod.containers()) {
      check(c.securityContext().seLinuxOptions(), c.describe(), types, out);
    }
  }

  private static void check(io.dslint.model.SeLinuxOptions o, String who, Set<String> types, PssCheck.Sink out) {
    if (o == null) {
      return;
    }
    String type = o.type() == null ? "" : o.type();
    if (!types.contains(type)) {
      out.violation(o.pointer().append("type"), who + " sets seLinuxOptions.type \"" + type
          + "\", which is not a container type");
    }
    if (o.user() != null && !o.user().isEmpty()) {
      out.violation(o.pointer().append("user"), who + " sets seLinuxOptions.user \"" + o.user() + "\"");
    }
    if (o.role() != null && !o.role().isEmpty()) {
      out.violation(o.pointer().append("role"), who + " sets seLinuxOptions.role \"" + o.role() + "\"");
    }
  }
}
