package io.dslint.coverage;

import io.dslint.model.Container;
import io.dslint.model.ContainerKind;
import io.dslint.model.Located;
import io.dslint.model.PodSpec;
import io.dslint.model.Quantity;
import io.dslint.model.Resources;
import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod's resource requests as the scheduler's NodeResourcesFit computes them
 * (k8s.io/component-helpers resource.PodRequests): the sum of the regular containers and the
 * sidecars (restartPolicy: Always init containers), or — per resource, when larger — what the
 * largest init container needs while it runs (its own request plus the sidecars started before
 * it); pod-level requests (spec.resources) replace that for cpu, memory and hugepages; the pod
 * overhead is added. A container's request defaults to its limit, as the API server defaults it.
 * {@code sources} gives, per resource, the field of the largest contribution (where to change
 * it); {@code problems} the quantities that could not be parsed (left out of the sums).
 */
public record PodRequests(Map<String, Quantity> amounts, Map<String, Pointer> sources, List<String> problems) {

  public static PodRequests of(PodSpec spec) {
    Builder b = new Builder();
    Map<String, Quantity> total = new LinkedHashMap<>();
    for (Container c : spec.containers()) {
      add(total, b.container(c));
    }
    Map<String, Quantity> sidecars = new LinkedHashMap<>();
    Map<String, Quantity> initPeak = new LinkedHashMap<>();
    for (Container c : spec.initContainers()) {
      Map<String, Quantity> own = b.container(c);
      Map<String, Quantity> whileRunning = new LinkedHashMap<>();
      if (c.kind() == ContainerKind.SIDECAR) {
        add(total, own);
        add(sidecars, own);
        add(whileRunning, sidecars);
      } else {
        add(whileRunning, own);
        add(whileRunning, sidecars);
      }
      max(initPeak, whileRunning);
    }
    max(total, initPeak);
    podLevel(spec, total, b);
    add(total, b.list(spec.overhead(), "overhead"));
    total.values().removeIf(Quantity::isZero);
    Map<String, Pointer> sources = new LinkedHashMap<>();
    for (String r : total.keySet()) {
      sources.put(r, b.largest.get(r).pointer());
    }
    return new PodRequests(total, sources, List.copyOf(b.problems));
  }

  /** Pod-level requests: written, else (when no container requests it) the pod-level limit. */
  private static void podLevel(PodSpec spec, Map<String, Quantity> total, Builder b) {
    Resources pod = spec.resources();
    if (pod == null || !pod.present()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>(pod.requests().keySet());
    names.addAll(pod.limits().keySet());
    for (String r : names) {
      if (!r.equals("cpu") && !r.equals("memory") && !r.startsWith("hugepages-")) {
        continue;
      }
      Located<String> written = pod.requests().get(r);
      if (written == null && total.containsKey(r)) {
        continue;
      }
      Located<String> value = written != null ? written : pod.limits().get(r);
      Quantity q = b.parse(r, value, "pod-level resources");
      if (q != null) {
        total.put(r, q);
      }
    }
  }

  /** "cpu 250m, memory 128Mi", in the order the pod names them. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    amounts.forEach((r, q) -> parts.add(r + " " + q));
    return String.join(", ", parts);
  }

  private static void add(Map<String, Quantity> into, Map<String, Quantity> more) {
    more.forEach((r, q) -> into.merge(r, q, Quantity::add));
  }

  private static void max(Map<String, Quantity> into, Map<String, Quantity> other) {
    other.forEach((r, q) -> into.merge(r, q, Quantity::max));
  }

  private static final class Builder {
    final Map<String, Located<Quantity>> largest = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    Map<String, Quantity> container(Container c) {
      Resources res = c.resources();
      Set<String> names = new LinkedHashSet<>(res.requests().keySet());
      names.addAll(res.limits().keySet());
      Map<String, Quantity> out = new LinkedHashMap<>();
      for (String r : names) {
        Quantity q = parse(r, res.effectiveRequest(r), c.describe());
        if (q != null) {
          out.put(r, q);
        }
      }
      return out;
    }

    Map<String, Quantity> list(Map<String, Located<String>> list, String where) {
      Map<String, Quantity> out = new LinkedHashMap<>();
      list.forEach((r, v) -> {
        Quantity q = parse(r, v, where);
        if (q != null) {
          out.put(r, q);
        }
      });
      return out;
    }

    Quantity parse(String resource, Located<String> value, String where) {
      Quantity q;
      try {
        q = Quantity.parse(value.value());
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + resource + ": " + e.getMessage() + "; the API server rejects the DaemonSet");
        return null;
      }
      Located<Quantity> best = largest.get(resource);
      if (best == null || q.compareTo(best.value()) > 0) {
        largest.put(resource, new Located<>(q, value.pointer()));
      }
      return q;
    }
  }
}
