package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;
import java.util.Map;

/** A metav1.LabelSelector; {@code present} is false when the field is absent. */
public record LabelSelector(Pointer pointer, boolean present, Map<String, Located<String>> matchLabels,
    List<LabelRequirement> matchExpressions) {

  /** No requirement at all: selects everything (and the API server rejects it on a DaemonSet). */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }
}
