package io.dslint.engine;

import io.dslint.rules.pss.Verdict;
import io.dslint.yaml.Range;

/**
 * The Pod Security verdict for one DaemonSet: the strictest level its pod template satisfies
 * and what blocks the stricter ones. {@code range} is where the object names itself
 * (metadata.name, or the object's start).
 */
public record PodSecurityResult(ObjectRef object, String file, Range range, Verdict verdict) {
  /** "DaemonSet kube-system/agent". */
  public String objectLabel() {
    return (object.kind() == null ? "object" : object.kind()) + " "
        + (object.namespace() != null ? object.namespace() + "/" : "")
        + (object.name() != null ? object.name() : "<unnamed>");
  }
}
