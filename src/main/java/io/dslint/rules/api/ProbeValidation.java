package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.ContainerKind;
import io.dslint.model.DaemonSet;
import io.dslint.model.IntOrString;
import io.dslint.model.Probe;
import io.dslint.rules.Findings;
import java.util.List;
import java.util.Set;

/**
 * Probes and lifecycle hooks. A probe sets exactly one of exec, httpGet, tcpSocket, grpc; a hook
 * one of exec, httpGet, tcpSocket, sleep. Timings are checked after the server's defaulting
 * (timeoutSeconds 0 becomes 1, periodSeconds 0 becomes 10, successThreshold 0 becomes 1,
 * failureThreshold 0 becomes 3), so only negative values are errors; liveness and startup
 * probes need successThreshold 1; a probe's terminationGracePeriodSeconds must be positive.
 * Ports are 1-65535 or a port name; exec needs a command; httpGet's scheme is HTTP or HTTPS.
 * Plain init containers (not native sidecars) may have neither probes nor lifecycle hooks.
 */
public final class ProbeValidation extends ApiCheck {
  private static final List<String> PROBE_HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");
  private static final Set<String> SCHEMES = Set.of("HTTP", "HTTPS");

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      boolean plainInit = c.kind() == ContainerKind.INIT;
      probe(c, c.livenessProbe(), "livenessProbe", plainInit, true, out);
      probe(c, c.readinessProbe(), "readinessProbe", plainInit, false, out);
      probe(c, c.startupProbe(), "startupProbe", plainInit, true, out);
      if (c.lifecycle() != null) {
        if (plainInit) {
          out.report(c.lifecycle().pointer(), "%s: lifecycle hooks are not allowed on init containers (unless"
              + " restartPolicy: Always makes them native sidecars)", c.describe());
        } else {
          hook(c, c.lifecycle().postStart(), "postStart", out);
          hook(c, c.lifecycle().preStop(), "preStop", out);
        }
      }
    }
  }

  private static void probe(Container c, Probe p, String field, boolean plainInit, boolean mustSucceedOnce,
      Findings out) {
    if (p == null) {
      return;
    }
    if (plainInit) {
      out.report(p.pointer(), "%s: %s is not allowed on init containers (unless restartPolicy: Always makes"
          + " them native sidecars)", c.describe(), field);
      return;
    }
    List<String> handlers = p.handlers().stream().filter(PROBE_HANDLERS::contains).toList();
    handlerCount(c, p, field, handlers, "exec, httpGet, tcpSocket or grpc", out);
    handler(c, p, field, out);
    nonNegative(c, field, p, "initialDelaySeconds", p.initialDelaySeconds(), out);
    nonNegative(c, field, p, "timeoutSeconds", p.timeoutSeconds(), out);
    nonNegative(c, field, p, "periodSeconds", p.periodSeconds(), out);
    nonNegative(c, field, p, "successThreshold", p.successThreshold(), out);
    nonNegative(c, field, p, "failureThreshold", p.failureThreshold(), out);
    if (mustSucceedOnce && p.successThreshold() != null && p.successThreshold() != 0 && p.successThreshold() != 1) {
      out.report(p.pointer().append("successThreshold"), "%s: %s.successThreshold must be 1 (got %d)", c.describe(),
          field, p.successThreshold());
    }
    if (p.terminationGracePeriodSeconds() != null && p.terminationGracePeriodSeconds() <= 0) {
      out.report(p.pointer().append("terminationGracePeriodSeconds"), "%s: %s.terminationGracePeriodSeconds must be"
          + " greater than 0", c.describe(), field);
    }
  }

  private static void hook(Container c, Probe h, String field, Findings out) {
    if (h == null) {
      return;
    }
    List<String> handlers = h.handlers().stream().filter(x -> !x.equals("grpc")).toList();
    handlerCount(c, h, "lifecycle." + field, handlers, "exec, httpGet, tcpSocket or sleep", out);
    handler(c, h, "lifecycle." + field, out);
  }

  private static void handlerCount(Container c, Probe p, String field, List<String> handlers, String choices,
      Findings out) {
    if (handlers.isEmpty()) {
      out.report(p.pointer(), "%s: %s must specify a handler: one of %s", c.describe(), field, choices);
    } else if (handlers.size() > 1) {
      out.report(p.pointer().append(handlers.get(1)), "%s: %s may not specify more than one handler (has %s)",
          c.describe(), field, String.join(", ", handlers));
    }
  }

  private static void handler(Container c, Probe p, String field, Findings out) {
    Probe.Handler h = p.handler();
    if (h == null) {
      return;
    }
    switch (h.kind()) {
      case "exec" -> {
        if (h.commandWords() == null || h.commandWords() == 0) {
          out.report(h.pointer().append("command"), "%s: %s.exec.command is required", c.describe(), field);
        }
      }
      case "httpGet", "tcpSocket" -> {
        port(c, field + "." + h.kind(), h.pointer(), h.port(), true, out);
        if (h.kind().equals("httpGet") && h.scheme() != null && !SCHEMES.contains(h.scheme())) {
          out.report(h.pointer().append("scheme"), "%s: %s.httpGet.scheme \"%s\" is not one of HTTP, HTTPS",
              c.describe(), field, h.scheme());
        }
      }
      case "grpc" -> port(c, field + ".grpc", h.pointer(), h.port(), false, out);
      default -> { }
    }
  }

  private static void port(Container c, String where, io.dslint.yaml.Pointer handler, IntOrString port,
      boolean nameAllowed, Findings out) {
    if (port == null) {
      return;
    }
    if (port.number() != null) {
      String problem = ApiSyntax.portNumber(port.number());
      if (problem != null) {
        out.report(port.pointer(), "%s: %s.port %d %s", c.describe(), where, port.number(), problem);
      }
    } else if (nameAllowed) {
      String problem = ApiSyntax.portName(port.text());
      if (problem != null) {
        out.report(port.pointer(), "%s: %s.port \"%s\" is neither a port number nor a port name: a name %s",
            c.describe(), where, port.text(), problem);
      }
    }
  }

  private static void nonNegative(Container c, String field, Probe p, String timing, Long value, Findings out) {
    if (value != null && value < 0) {
      out.report(p.pointer().append(timing), "%s: %s.%s must be greater than or equal to 0 (got %d)", c.describe(),
          field, timing, value);
    }
  }
}
