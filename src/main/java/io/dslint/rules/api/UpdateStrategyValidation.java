package io.dslint.rules.api;

import io.dslint.model.DaemonSet;
import io.dslint.model.IntOrString;
import io.dslint.model.UpdateStrategy;
import io.dslint.rules.Findings;
import io.dslint.yaml.Pointer;

/**
 * spec.updateStrategy after the server's defaulting (type RollingUpdate; maxUnavailable 1 and
 * maxSurge 0 where not written): type is RollingUpdate or OnDelete; maxUnavailable and maxSurge
 * are integers &ge; 0 or percentages ("10%") of at most 100%; exactly one of them is non-zero.
 * Also minReadySeconds and revisionHistoryLimit are not negative.
 */
public final class UpdateStrategyValidation extends ApiCheck {
  @Override
  public void check(DaemonSet ds, Findings out) {
    UpdateStrategy u = ds.updateStrategy();
    String type = u.type() == null || u.type().isEmpty() ? "RollingUpdate" : u.type();
    if (!type.equals("RollingUpdate") && !type.equals("OnDelete")) {
      out.report(u.pointer().append("type"), "updateStrategy.type \"%s\" is not one of RollingUpdate, OnDelete", type);
    } else if (type.equals("RollingUpdate")) {
      IntOrString unavailable = u.maxUnavailable();
      IntOrString surge = u.maxSurge();
      Long unavailableValue = unavailable == null ? Long.valueOf(1) : value(unavailable, "maxUnavailable", out);
      Long surgeValue = surge == null ? Long.valueOf(0) : value(surge, "maxSurge", out);
      if (unavailableValue != null && surgeValue != null) {
        Pointer ru = u.pointer().append("rollingUpdate");
        if (unavailableValue != 0 && surgeValue != 0) {
          out.report(surge.pointer(), "rollingUpdate.maxSurge %s may not be set when maxUnavailable is non-zero%s",
              surge.display(), unavailable == null ? " (it defaults to 1: set maxUnavailable: 0)" : "");
        } else if (unavailableValue == 0 && surgeValue == 0) {
          out.report(unavailable != null ? unavailable.pointer() : ru.append("maxUnavailable"),
              "rollingUpdate.maxUnavailable cannot be 0 when maxSurge is 0: one of them must let the rollout progress");
        }
      }
    }
    if (ds.minReadySeconds() != null && ds.minReadySeconds() < 0) {
      out.report(ds.specPointer().append("minReadySeconds"), "minReadySeconds must be greater than or equal to 0");
    }
    if (ds.revisionHistoryLimit() != null && ds.revisionHistoryLimit() < 0) {
      out.report(ds.specPointer().append("revisionHistoryLimit"), "revisionHistoryLimit must be greater than or equal to 0");
    }
  }

  /** The value as the server reads it (a percentage's number), or null after reporting an invalid one. */
  private static Long value(IntOrString v, String field, Findings out) {
    if (v.number() != null) {
      if (v.number() < 0) {
        out.report(v.pointer(), "rollingUpdate.%s %d must be greater than or equal to 0", field, v.number());
        return null;
      }
      return v.number();
    }
    if (!ApiSyntax.isPercent(v.text())) {
      out.report(v.pointer(), "rollingUpdate.%s \"%s\" must be an integer or a percentage like \"10%%\""
          + " (a quoted number is a string, not an integer)", field, v.text());
      return null;
    }
    long percent = Long.parseLong(v.text().substring(0, v.text().length() - 1));
    if (percent > 100) {
      out.report(v.pointer(), "rollingUpdate.%s %s must not be greater than 100%%", field, v.text());
      return null;
    }
    return percent;
  }
}
