package io.dslint.coverage;

import io.dslint.engine.ObjectRef;
import io.dslint.model.DaemonSet;
import io.dslint.yaml.YamlDocument;
import java.util.List;

/**
 * The coverage of one DaemonSet: a verdict per node (in node order), its pod's requests, and
 * DaemonSet-wide notes. Keeps its document so findings can point into it.
 */
public record DaemonSetCoverage(String file, YamlDocument document, ObjectRef object, DaemonSet daemonSet,
    PodRequests requests, List<NodeVerdict> nodes, List<String> notes) {

  /** "logging/fluentd". */
  public String name() {
    String ns = object.namespace();
    return (ns != null ? ns + "/" : "") + (object.name() != null ? object.name() : "<unnamed>");
  }

  public long runningCount() {
    return nodes.stream().filter(NodeVerdict::runs).count();
  }

  /** The 1-based line of the object (its first key). */
  public int line() {
    return document.sourceMap().resolve(daemonSet.pointer()).startLine();
  }
}
