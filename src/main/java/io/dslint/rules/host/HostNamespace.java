package io.dslint.rules.host;

import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import java.util.function.Function;

/**
 * The pod shares one of the node's namespaces: host-network, host-pid and host-ipc, one rule
 * each, from one parameterised class. Reported at the spec field when it is true.
 */
public final class HostNamespace implements Rule {
  private final String id;
  private final String field;
  private final Function<PodSpec, Boolean> value;
  private final String consequence;

  private HostNamespace(String id, String field, Function<PodSpec, Boolean> value, String consequence) {
    this.id = id;
    this.field = field;
    this.value = value;
    this.consequence = consequence;
  }

  public static HostNamespace network() {
    return new HostNamespace("host-network", "hostNetwork", PodSpec::hostNetwork,
        "the node's network namespace: its interfaces, every port on them and localhost-only"
            + " services of the node, outside NetworkPolicy");
  }

  public static HostNamespace pid() {
    return new HostNamespace("host-pid", "hostPID", PodSpec::hostPID,
        "the node's process namespace: it sees every process on the node, their command lines"
            + " and environment, and can signal them");
  }

  public static HostNamespace ipc() {
    return new HostNamespace("host-ipc", "hostIPC", PodSpec::hostIPC,
        "the node's IPC namespace: shared memory and message queues of every process on the"
            + " node");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec spec = ds.podSpec();
    if (Boolean.TRUE.equals(value.apply(spec))) {
      out.report(spec.pointer().append(field), "the pod sets %s: true and so shares %s",
          field, consequence);
    }
  }
}
