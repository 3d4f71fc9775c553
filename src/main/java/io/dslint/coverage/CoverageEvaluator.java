package io.dslint.coverage;

import io.dslint.engine.ObjectRef;
import io.dslint.model.ContainerPort;
import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Toleration;
import io.dslint.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers, for one DaemonSet, which nodes would run its pod: every predicate on every node, in
 * the order the pod meets them (the DaemonSet controller, then the scheduler, then the kubelet),
 * plus the DaemonSet-wide notes on what a static answer cannot be sure of.
 */
public final class CoverageEvaluator {
  /** In pipeline order; the taint predicate relies on the selection predicates running first. */
  private static final List<Predicate> PREDICATES = List.of(
      new NodeNamePredicate(),
      new NodeSelectorPredicate(),
      new NodeAffinityPredicate(),
      new TaintTolerationPredicate(),
      new NodeUnschedulablePredicate(),
      new NodeResourcesPredicate(),
      new OperatingSystemPredicate());

  private CoverageEvaluator() {}

  public static DaemonSetCoverage evaluate(String file, YamlDocument doc, ObjectRef object, DaemonSet ds,
      List<KubeNode> nodes) {
    DaemonPod pod = DaemonPod.of(ds);
    List<NodeVerdict> verdicts = new ArrayList<>(nodes.size());
    for (KubeNode node : nodes) {
      verdicts.add(evaluate(pod, node));
    }
    return new DaemonSetCoverage(file, doc, object, ds, pod.requests(), List.copyOf(verdicts),
        notes(pod, verdicts));
  }

  static NodeVerdict evaluate(DaemonPod pod, KubeNode node) {
    NodeVerdict.Builder out = new NodeVerdict.Builder(node);
    for (Predicate p : PREDICATES) {
      p.check(pod, node, out);
    }
    return out.build();
  }

  /** What holds for the DaemonSet as a whole and what a static answer cannot know. */
  private static List<String> notes(DaemonPod pod, List<NodeVerdict> verdicts) {
    List<String> notes = new ArrayList<>(pod.requests().problems());
    long selected = verdicts.stream().filter(NodeVerdict::selected).count();
    if (selected == 0 && !verdicts.isEmpty()) {
      notes.add("its nodeName, nodeSelector and node affinity select none of the " + verdicts.size() + " nodes");
    }
    List<NodeVerdict> running = verdicts.stream().filter(NodeVerdict::runs).toList();
    boolean checked = running.stream().anyMatch(v -> v.node().allocatable() != null);
    if (!pod.requests().amounts().isEmpty() && checked) {
      notes.add("requests (" + pod.requests().describe() + ") are compared with each node's whole allocatable;"
          + " what other pods already use there is not known");
    }
    String ports = hostPorts(pod);
    if (!ports.isEmpty()) {
      notes.add("uses host port" + (ports.contains(",") ? "s " : " ") + ports + ": the pod stays pending on a node"
          + " where another pod holds " + (ports.contains(",") ? "one" : "it") + ", and fails to start where a host"
          + " process does (not checked)");
    }
    if (pod.spec().runtimeClassName() != null) {
      notes.add("runtimeClassName " + pod.spec().runtimeClassName() + ": the RuntimeClass may add a node selector,"
          + " tolerations and overhead, which dslint cannot see");
    }
    for (Toleration t : pod.tolerations()) {
      if ("Gt".equals(t.operator()) || "Lt".equals(t.operator())) {
        notes.add("a toleration uses operator " + t.operator() + " (alpha TaintTolerationComparisonOperators);"
            + " dslint treats it as tolerating nothing");
      }
    }
    Set<String> archs = new TreeSet<>();
    running.forEach(v -> {
      if (v.node().arch() != null) {
        archs.add(v.node().arch());
      }
    });
    if (archs.size() > 1) {
      notes.add("runs on " + String.join(" and ", archs) + " nodes: every image must be published for each"
          + " (dslint does not inspect images)");
    }
    return List.copyOf(notes);
  }

  /** "9100/TCP, 8125/UDP": hostPort fields, or every container port under hostNetwork. */
  private static String hostPorts(DaemonPod pod) {
    Set<String> ports = new TreeSet<>();
    for (Container c : pod.spec().longRunningContainers()) {
      for (ContainerPort p : c.ports()) {
        Long port = p.hostPort() != null ? p.hostPort() : pod.spec().usesHostNetwork() ? p.containerPort() : null;
        if (port != null && port > 0) {
          ports.add(port + "/" + (p.protocol() == null ? "TCP" : p.protocol()));
        }
      }
    }
    return String.join(", ", ports);
  }
}
