package io.dslint.rules.scheduling;

import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** The pod template sets no priorityClassName, or an empty one. */
public final class MissingPriorityClass implements Rule {
  @Override
  public String id() {
    return "missing-priority-class";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    if (!pod.present()) {
      return;
    }
    String name = pod.priorityClassName();
    if (name != null && !name.isBlank()) {
      return;
    }
    out.report(pod.pointer().append("priorityClassName"), "%s: the pods get the default priority,"
        + " so on a full node they cannot preempt others to start, and under node pressure they are"
        + " evicted like any pod (node daemons usually run with system-node-critical)",
        name == null ? "the pod template sets no priorityClassName" : "priorityClassName is empty");
  }
}
