package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.ContainerKind;
import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Containers: at least one; each named with a DNS-1123 label, unique across init and regular
 * containers; imagePullPolicy and terminationMessagePolicy from their enums; restartPolicy only
 * on init containers and only Always (a native sidecar); no ephemeral containers in a template.
 */
public final class ContainerValidation extends ApiCheck {
  private static final Set<String> PULL_POLICIES = Set.of("Always", "Never", "IfNotPresent");
  private static final Set<String> MESSAGE_POLICIES = Set.of("File", "FallbackToLogsOnError");

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    if (!pod.present() || pod.containers().isEmpty()) {
      // A missing or empty list: the schema reports a missing one; an empty one only the server.
      if (pod.present()) {
        out.report(pod.pointer().append("containers"), "spec.template.spec.containers must list at least one container");
      }
    }
    if (!pod.ephemeralContainers().isEmpty()) {
      out.report(pod.pointer().append("ephemeralContainers"), "ephemeral containers are not allowed in a pod template");
    }
    Map<String, Container> names = new HashMap<>();
    for (Container c : concat(pod.initContainers(), pod.containers())) {
      if (c.name() == null || c.name().isEmpty()) {
        out.report(c.pointer().append("name"), "%s needs a name", c.kind() == ContainerKind.REGULAR ? "container" : "init container");
      } else {
        String problem = ApiSyntax.dns1123Label(c.name());
        if (problem != null) {
          out.report(c.pointer().append("name"), "container name \"%s\" %s", c.name(), problem);
        } else if (names.putIfAbsent(c.name(), c) != null) {
          out.report(c.pointer().append("name"), "container name \"%s\" is used twice (init and regular containers"
              + " share one name space)", c.name());
        }
      }
      if (c.imagePullPolicy() != null && !PULL_POLICIES.contains(c.imagePullPolicy())) {
        out.report(c.pointer().append("imagePullPolicy"), "%s: imagePullPolicy \"%s\" is not one of Always, IfNotPresent, Never",
            c.describe(), c.imagePullPolicy());
      }
      if (c.terminationMessagePolicy() != null && !MESSAGE_POLICIES.contains(c.terminationMessagePolicy())) {
        out.report(c.pointer().append("terminationMessagePolicy"),
            "%s: terminationMessagePolicy \"%s\" is not one of File, FallbackToLogsOnError", c.describe(),
            c.terminationMessagePolicy());
      }
      if (c.restartPolicy() != null) {
        if (c.kind() == ContainerKind.REGULAR) {
          out.report(c.pointer().append("restartPolicy"), "%s: restartPolicy may only be set on init containers"
              + " (Always makes one a native sidecar)", c.describe());
        } else if (!c.restartPolicy().equals("Always")) {
          out.report(c.pointer().append("restartPolicy"), "%s: restartPolicy \"%s\" is not supported: the only"
              + " value is Always", c.describe(), c.restartPolicy());
        }
      }
    }
  }

  private static List<Container> concat(List<Container> a, List<Container> b) {
    List<Container> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
