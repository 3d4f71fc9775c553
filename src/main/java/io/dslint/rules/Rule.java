package io.dslint.rules;

import io.dslint.model.DaemonSet;

/**
 * A check over one DaemonSet. Its id names its doc, {@code rules/<id>.md}, which holds the
 * severity, title and explanation; the rule only decides what to report and where.
 */
public interface Rule {
  String id();

  void check(DaemonSet daemonSet, Findings out);
}
