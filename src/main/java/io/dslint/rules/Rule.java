package io.dslint.rules;

import io.dslint.model.DaemonSet;
import java.util.List;

/**
 * A check over one DaemonSet. Its id names its doc, {@code rules/<id>.md}, which holds the
 * severity, title and explanation; the rule only decides what to report and where.
 */
public interface Rule {
  String id();

  void check(DaemonSet daemonSet, Findings out);

  /** The lists this rule reads from the configuration (see {@link Parameter}); none by default. */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * Whether the value at a finding's pointer may go into its fingerprint (see
   * engine.Fingerprint); false for rules whose values are secrets, which a hash must not reveal.
   */
  default boolean fingerprintsValue() {
    return true;
  }
}
