package io.dslint.rules.rollout;

import io.dslint.model.DaemonSet;
import io.dslint.model.UpdateStrategy;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** spec.updateStrategy.type: OnDelete: a changed template reaches a node only by hand. */
public final class UpdateStrategyOnDelete implements Rule {
  @Override
  public String id() {
    return "update-strategy-on-delete";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    UpdateStrategy strategy = ds.updateStrategy();
    if ("OnDelete".equals(strategy.type())) {
      out.report(strategy.pointer().append("type"), "updateStrategy.type is OnDelete: a changed pod"
          + " template replaces a node's pod only when someone deletes that pod, so nodes keep"
          + " running the old version (security fixes included) until then");
    }
  }
}
