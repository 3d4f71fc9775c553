package io.dslint.rules.api;

import io.dslint.model.DaemonSet;
import io.dslint.model.LabelRequirement;
import io.dslint.model.LabelSelector;
import io.dslint.model.Located;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import java.util.Map;

/**
 * spec.selector absent or empty, or not selecting spec.template.metadata.labels. The API server
 * rejects both; each requirement that the template labels fail is reported where it is written.
 */
public final class SelectorMismatch implements Rule {
  @Override
  public String id() {
    return "selector-mismatch";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    LabelSelector selector = ds.selector();
    if (!selector.present()) {
      out.report(selector.pointer(), "spec.selector is missing: a DaemonSet must select its pods by label");
      return;
    }
    if (selector.isEmpty()) {
      out.report(selector.pointer(), "spec.selector is empty: it must list matchLabels or matchExpressions"
          + " that the pod template's labels satisfy");
      return;
    }
    Map<String, String> labels = ds.template().metadata().labels();
    for (Map.Entry<String, Located<String>> e : selector.matchLabels().entrySet()) {
      String want = e.getValue().value();
      String have = labels.get(e.getKey());
      if (!want.equals(have)) {
        out.report(e.getValue().pointer(), "selector requires label %s=%s but the pod template %s",
            e.getKey(), want, have == null ? "does not set " + e.getKey() : "has " + e.getKey() + "=" + have);
      }
    }
    for (LabelRequirement r : selector.matchExpressions()) {
      if (!r.matches(labels)) {
        out.report(r.pointer(), "selector expression %s %s %s does not match the pod template's labels",
            r.key(), r.operator(), r.values());
      }
    }
  }
}
