package io.dslint.rules.api;

import io.dslint.model.DaemonSet;
import io.dslint.model.Toleration;
import io.dslint.rules.Findings;
import java.util.Set;

/**
 * Tolerations: a key must be a label key; an empty key needs operator Exists (it then matches
 * every taint); operator is Equal (the default) or Exists; Equal's value must be a label value,
 * Exists takes no value; effect is NoSchedule, PreferNoSchedule or NoExecute (empty matches all);
 * tolerationSeconds only with effect NoExecute.
 */
public final class TolerationValidation extends ApiCheck {
  private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Toleration t : ds.podSpec().tolerations()) {
      boolean emptyKey = t.key() == null || t.key().isEmpty();
      String operator = t.operator() == null ? "" : t.operator();
      if (!emptyKey) {
        String problem = ApiSyntax.qualifiedName(t.key());
        if (problem != null) {
          out.report(t.pointer().append("key"), "toleration key \"%s\": %s", t.key(), problem);
        }
      } else if (!operator.equals("Exists")) {
        out.report(t.pointer().append(t.operator() == null ? "key" : "operator"), "a toleration without a key must"
            + " use operator Exists (which tolerates every taint)");
      }
      if (t.tolerationSeconds() != null && !"NoExecute".equals(t.effect())) {
        out.report(t.pointer().append("tolerationSeconds"), "tolerationSeconds is only allowed with effect NoExecute"
            + " (effect is %s)", t.effect() == null || t.effect().isEmpty() ? "empty" : t.effect());
      }
      switch (operator) {
        case "", "Equal" -> {
          if (t.value() != null) {
            String problem = ApiSyntax.labelValue(t.value());
            if (problem != null) {
              out.report(t.pointer().append("value"), "toleration value \"%s\" %s", t.value(), problem);
            }
          }
        }
        case "Exists" -> {
          if (t.value() != null && !t.value().isEmpty()) {
            out.report(t.pointer().append("value"), "a toleration with operator Exists must not have a value"
                + " (got \"%s\")", t.value());
          }
        }
        default -> out.report(t.pointer().append("operator"), "toleration operator \"%s\" is not one of Equal, Exists",
            operator);
      }
      if (t.effect() != null && !t.effect().isEmpty() && !EFFECTS.contains(t.effect())) {
        out.report(t.pointer().append("effect"), "toleration effect \"%s\" is not one of NoSchedule, PreferNoSchedule,"
            + " NoExecute", t.effect());
      }
    }
  }
}
