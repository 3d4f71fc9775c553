package io.dslint.rules.resources;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Located;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * The request/limit family: a long-running container (regular or native sidecar) without a CPU
 * or memory request or limit. A request counts when written or defaulted from the limit, as the
 * API server does; plain init containers are not checked (they finish before the pod runs).
 */
public final class MissingResource implements Rule {
  /** Which half of resources the rule asks for. */
  public enum Kind {
    REQUEST,
    LIMIT
  }

  private final String id;
  private final String resource;
  private final String label;
  private final Kind kind;
  private final String consequence;

  private MissingResource(String id, String resource, String label, Kind kind, String consequence) {
    this.id = id;
    this.resource = resource;
    this.label = label;
    this.kind = kind;
    this.consequence = consequence;
  }

  public static MissingResource cpuRequest() {
    return new MissingResource("missing-cpu-request", "cpu", "CPU", Kind.REQUEST,
        "the scheduler reserves no CPU for it, and under contention it gets the smallest share");
  }

  public static MissingResource memoryRequest() {
    return new MissingResource("missing-memory-request", "memory", "memory", Kind.REQUEST,
        "the scheduler reserves no memory for it, and under memory pressure it is evicted first");
  }

  public static MissingResource cpuLimit() {
    return new MissingResource("missing-cpu-limit", "cpu", "CPU", Kind.LIMIT,
        "a busy loop in it can take every idle CPU of the node");
  }

  public static MissingResource memoryLimit() {
    return new MissingResource("missing-memory-limit", "memory", "memory", Kind.LIMIT,
        "a leak in it can exhaust the memory of every node");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().longRunningContainers()) {
      if (kind == Kind.REQUEST) {
        if (c.resources().effectiveRequest(resource) == null) {
          out.report(c.pointer().append("resources", "requests", resource),
              "%s has no %s request (resources.requests.%s, nor a limits.%s to default it from): %s",
              c.describe(), label, resource, resource, consequence);
        }
      } else if (c.resources().limit(resource) == null) {
        Located<String> request = c.resources().effectiveRequest(resource);
        out.report(c.pointer().append("resources", "limits", resource), "%s has no %s limit%s: %s",
            c.describe(), label, request == null ? "" : " (its request is " + request.value() + ")",
            consequence);
      }
    }
  }
}
