package io.dslint.rules.custom;

import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SourceMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A condition of a custom rule over one object's YAML. A {@link Test} checks the places a pointer
 * pattern names and holds when every one of them passes (so with a wildcard: "every container");
 * {@link All}, {@link Any} and {@link Not} combine conditions. The outcome carries its
 * witnesses: the places where a condition failed (or, when it held, where it held), which is
 * where a custom rule reports.
 */
public sealed interface Condition permits Condition.Test, Condition.All, Condition.Any, Condition.Not {
  Outcome evaluate(Node object);

  /** Whether the condition holds, and the places that show it (relative to the object). */
  record Outcome(boolean holds, List<Pointer> witnesses) {}

  /** One check of a single value: the node is null when the place is absent. */
  interface Check {
    boolean test(Node node);
  }

  /** The checks of one pointer pattern, all of which must pass at every place it names. */
  record Test(PointerPattern pointer, List<Check> checks) implements Condition {
    @Override
    public Outcome evaluate(Node object) {
      List<Pointer> pass = new ArrayList<>();
      List<Pointer> fail = new ArrayList<>();
      for (Pointer p : pointer.expand(object)) {
        Node n = SourceMap.find(object, p);
        if (n instanceof ScalarNode s && s.isNull()) {
          n = null; // null is absent, as in the API server's JSON
        }
        boolean ok = true;
        for (Check c : checks) {
          ok &= c.test(n);
        }
        (ok ? pass : fail).add(p);
      }
      return fail.isEmpty() ? new Outcome(true, pass) : new Outcome(false, fail);
    }
  }

  record All(List<Condition> conditions) implements Condition {
    @Override
    public Outcome evaluate(Node object) {
      List<Outcome> outcomes = conditions.stream().map(c -> c.evaluate(object)).toList();
      boolean holds = outcomes.stream().allMatch(Outcome::holds);
      return new Outcome(holds, witnesses(outcomes, holds));
    }
  }

  record Any(List<Condition> conditions) implements Condition {
    @Override
    public Outcome evaluate(Node object) {
      List<Outcome> outcomes = conditions.stream().map(c -> c.evaluate(object)).toList();
      boolean holds = outcomes.stream().anyMatch(Outcome::holds);
      return new Outcome(holds, witnesses(outcomes, holds));
    }
  }

  record Not(Condition condition) implements Condition {
    @Override
    public Outcome evaluate(Node object) {
      Outcome inner = condition.evaluate(object);
      return new Outcome(!inner.holds(), inner.witnesses());
    }
  }

  /** The witnesses of the outcomes that agree with the combined result, without repeats. */
  private static List<Pointer> witnesses(List<Outcome> outcomes, boolean holds) {
    LinkedHashSet<Pointer> out = new LinkedHashSet<>();
    for (Outcome o : outcomes) {
      if (o.holds() == holds) {
        out.addAll(o.witnesses());
      }
    }
    return List.copyOf(out);
  }

  // The checks a test may combine.

  static Check exists(boolean wanted) {
    return n -> (n != null) == wanted;
  }

  static Check equalsValue(Object wanted) {
    return n -> n instanceof ScalarNode s && same(s.value(), wanted);
  }

  static Check oneOf(List<Object> wanted) {
    return n -> n instanceof ScalarNode s && wanted.stream().anyMatch(w -> same(s.value(), w));
  }

  static Check matches(Pattern regex) {
    return n -> n instanceof ScalarNode s && s.value() != null
        && regex.matcher(s.value() instanceof String str ? str : s.text()).matches();
  }

  /** A numeric comparison: {@code sign} is the wanted sign of (value - bound), {@code orEqual} allows 0. */
  static Check compare(BigDecimal bound, int sign, boolean orEqual) {
    return n -> {
      BigDecimal v = n instanceof ScalarNode s ? number(s.value()) : null;
      if (v == null) {
        return false;
      }
      int c = v.compareTo(bound);
      return c == sign || (orEqual && c == 0);
    };
  }

  /** Scalars are equal as YAML values: numbers by value (1 equals 1.0), the rest exactly. */
  static boolean same(Object a, Object b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  static BigDecimal number(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) {
      return new BigDecimal(v.toString());
    }
    if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return BigDecimal.valueOf(d);
    }
    return null;
  }
}
