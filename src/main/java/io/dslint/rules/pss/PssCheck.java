package io.dslint.rules.pss;

import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One Pod Security Admission check: its id (as the admission controller names it), the level
 * it belongs to, and its revisions. Each revision applies from its minimum policy version until
 * the next revision's; before the first one the check does not exist. A restricted revision may
 * override baseline checks: at the restricted level those baseline checks are not evaluated,
 * because the restricted one covers them more strictly.
 */
public record PssCheck(String id, PssLevel level, List<Revision> revisions) {

  /** How a revision inspects a pod: it reports each offending field to the sink. */
  @FunctionalInterface
  interface Evaluation {
    void evaluate(Subject pod, Sink out);
  }

  /** Where an evaluation reports: the offending field's pointer and what is wrong there. */
  @FunctionalInterface
  interface Sink {
    void violation(Pointer pointer, String detail);
  }

  /** A revision: applies from policy version {@code minimum}; may override baseline checks. */
  record Revision(PolicyVersion minimum, Evaluation evaluation, Set<String> overrides) {}

  /** The revision in force at {@code version}, or null when the check did not exist yet. */
  Revision revisionAt(PolicyVersion version) {
    Revision found = null;
    for (Revision r : revisions) {
      if (r.minimum().compareTo(version) <= 0) {
        found = r;
      }
    }
    return found;
  }

  /** The policy versions at which this check changed, oldest first ("v1.0", "v1.19" …). */
  public List<PolicyVersion> versions() {
    return revisions.stream().map(Revision::minimum).toList();
  }

  static Builder builder(String id, PssLevel level) {
    return new Builder(id, level);
  }

  /** Revisions in increasing version order, as the admission controller requires. */
  static final class Builder {
    private final String id;
    private final PssLevel level;
    private final List<Revision> revisions = new ArrayList<>();

    private Builder(String id, PssLevel level) {
      this.id = id;
      this.level = level;
    }

    Builder since(int minor, Evaluation evaluation, String... overrides) {
      PolicyVersion v = PolicyVersion.of(minor);
      if (!revisions.isEmpty() && revisions.get(revisions.size() - 1).minimum().compareTo(v) >= 0) {
        throw new IllegalStateException(id + ": revisions must be in increasing version order");
      }
      revisions.add(new Revision(v, evaluation, Set.of(overrides)));
      return this;
    }

    PssCheck build() {
      return new PssCheck(id, level, List.copyOf(revisions));
    }
  }
}
