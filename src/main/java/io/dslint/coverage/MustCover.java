package io.dslint.coverage;

import io.dslint.model.LabelRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which nodes a DaemonSet must run on, for the node-coverage-gap finding. Written as on the
 * command line ({@code --must-cover}) and, later, as the {@code coverage.mustCover} setting of
 * .dslint.yaml:
 * <ul>
 *   <li>{@code selected} (default): every node its own nodeName, nodeSelector and required node
 *       affinity select; a gap is then a node it targets but cannot run on (a taint, resources,
 *       the OS field, the node's condition);</li>
 *   <li>{@code all}: every node; {@code linux}: every node labelled kubernetes.io/os=linux;</li>
 *   <li>{@code none}: no requirement (only the table);</li>
 *   <li>a label selector in kubectl's syntax: {@code node-role.kubernetes.io/worker},
 *       {@code kubernetes.io/os=linux,tier=edge}, {@code tier in (edge,core)}, {@code !gpu},
 *       {@code zone!=b}, {@code zone notin (a,b)}.</li>
 * </ul>
 */
public record MustCover(Kind kind, String text, List<LabelRequirement> selector) {
  public enum Kind {
    SELECTED,
    ALL,
    LINUX,
    NONE,
    SELECTOR
  }

  public static final MustCover SELECTED = new MustCover(Kind.SELECTED, "selected", List.of());

  /**
   * Parses a requirement.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static MustCover parse(String text) {
    String t = text.strip();
    switch (t) {
      case "selected":
        return SELECTED;
      case "all":
        return new MustCover(Kind.ALL, t, List.of());
      case "linux":
        return new MustCover(Kind.LINUX, t, List.of(
            new LabelRequirement(null, KubeNode.OS_LABEL, "In", List.of("linux"))));
      case "none":
        return new MustCover(Kind.NONE, t, List.of());
      default:
        return new MustCover(Kind.SELECTOR, t, selector(t));
    }
  }

  /** For messages: "all linux nodes", "nodes matching tier=edge" … */
  public String describe() {
    return switch (kind) {
      case SELECTED -> "the nodes it selects";
      case ALL -> "all nodes";
      case LINUX -> "all linux nodes";
      case NONE -> "no nodes";
      case SELECTOR -> "nodes matching " + text;
    };
  }

  /** Whether the DaemonSet must run on this node; {@code selected} is its own selection's verdict. */
  public boolean requires(KubeNode node, boolean selected) {
    return switch (kind) {
      case SELECTED -> selected;
      case ALL -> true;
      case NONE -> false;
      case LINUX, SELECTOR -> matches(node.labels());
    };
  }

  private boolean matches(Map<String, String> labels) {
    for (LabelRequirement r : selector) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** kubectl's label selector syntax (k8s.io/apimachinery labels.Parse). */
  static List<LabelRequirement> selector(String text) {
    List<LabelRequirement> out = new ArrayList<>();
    for (String term : splitTerms(text)) {
      out.add(requirement(term.strip(), text));
    }
    return List.copyOf(out);
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        terms.add(text.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(text.substring(start));
    return terms;
  }

  private static LabelRequirement requirement(String term, String whole) {
    if (term.isEmpty()) {
      throw invalid(whole, "an empty term");
    }
    if (term.startsWith("!")) {
      return new LabelRequirement(null, key(term.substring(1).strip(), whole), "DoesNotExist", List.of());
    }
    String[] setOps = {" notin ", " in "};
    for (String op : setOps) {
      int i = term.indexOf(op);
      if (i > 0) {
        String rest = term.substring(i + op.length()).strip();
        if (!rest.startsWith("(") || !rest.endsWith(")")) {
          throw invalid(whole, "\"" + term + "\": values go in parentheses, e.g. tier in (edge,core)");
        }
        List<String> values = new ArrayList<>();
        for (String v : rest.substring(1, rest.length() - 1).split(",", -1)) {
          values.add(value(v.strip(), whole));
        }
        return new LabelRequirement(null, key(term.substring(0, i).strip(), whole),
            op.equals(" in ") ? "In" : "NotIn", List.copyOf(values));
      }
    }
    int ne = term.indexOf("!=");
    if (ne >= 0) {
      return new LabelRequirement(null, key(term.substring(0, ne).strip(), whole), "NotIn",
          List.of(value(term.substring(ne + 2).strip(), whole)));
    }
    int eq = term.indexOf('=');
    if (eq >= 0) {
      int valueStart = term.startsWith("==", eq) ? eq + 2 : eq + 1;
      return new LabelRequirement(null, key(term.substring(0, eq).strip(), whole), "In",
          List.of(value(term.substring(valueStart).strip(), whole)));
    }
    return new LabelRequirement(null, key(term, whole), "Exists", List.of());
  }

  private static String key(String key, String whole) {
    if (!LabelSyntax.isQualifiedName(key)) {
      throw invalid(whole, "\"" + key + "\" is not a label key");
    }
    return key;
  }

  private static String value(String value, String whole) {
    if (!LabelSyntax.isValue(value)) {
      throw invalid(whole, "\"" + value + "\" is not a label value");
    }
    return value;
  }

  private static IllegalArgumentException invalid(String whole, String problem) {
    return new IllegalArgumentException("--must-cover \"" + whole + "\": " + problem
        + " (use all, linux, selected, none, or a label selector such as node-role.kubernetes.io/worker"
        + " or kubernetes.io/os=linux,tier=edge)");
  }
}
