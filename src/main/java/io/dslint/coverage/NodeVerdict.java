package io.dslint.coverage;

import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer for one DaemonSet on one node: the verdict, every reason it does not run (all
 * predicates are checked, not only the first that fails), and notes on what a static check
 * cannot know there.
 */
public record NodeVerdict(KubeNode node, Verdict verdict, List<Reason> reasons, List<String> notes) {

  public boolean runs() {
    return verdict == Verdict.RUNS;
  }

  /** Whether the DaemonSet's own nodeName, nodeSelector and node affinity select the node. */
  public boolean selected() {
    return reasons.stream().noneMatch(Reason::selection);
  }

  /** Collects what the predicates find for one node. */
  public static final class Builder {
    private final KubeNode node;
    private final List<Reason> reasons = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> caveats = new ArrayList<>();

    Builder(KubeNode node) {
      this.node = node;
    }

    void reason(String check, Verdict verdict, Pointer pointer, String message) {
      reasons.add(new Reason(check, verdict, message, pointer));
    }

    /** A note that holds whatever the verdict. */
    void note(String note) {
      if (!notes.contains(note)) {
        notes.add(note);
      }
    }

    /** A note on what could still stop a pod that runs; dropped when the pod does not run. */
    void caveat(String caveat) {
      if (!caveats.contains(caveat)) {
        caveats.add(caveat);
      }
    }

    /** Whether the predicates so far (they run in pipeline order) found the node selected. */
    boolean selectedSoFar() {
      return reasons.stream().noneMatch(Reason::selection);
    }

    NodeVerdict build() {
      Verdict verdict = Verdict.RUNS;
      for (Reason r : reasons) {
        if (verdict == Verdict.RUNS || r.verdict().ordinal() < verdict.ordinal()) {
          verdict = r.verdict();
        }
      }
      List<String> all = new ArrayList<>(notes);
      if (verdict == Verdict.RUNS) {
        all.addAll(caveats);
      }
      return new NodeVerdict(node, verdict, List.copyOf(reasons), List.copyOf(all));
    }
  }
}
