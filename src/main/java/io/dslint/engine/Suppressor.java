package io.dslint.engine;

import io.dslint.model.Container;
import io.dslint.model.KubeObject;
import io.dslint.model.PodSpec;
import io.dslint.rules.RuleRegistry;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.SourceMap;
import io.dslint.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies the suppressions to the findings of one document, after its rules ran, and reports
 * the suppressions that have no reason, are misplaced or silence nothing. One per document
 * task, never shared between threads; the configuration's suppressions it uses are recorded in
 * the document's bit set, which the engine merges per file and per run.
 *
 * <p>The forms (README "Suppressions"):
 * <ul>
 *   <li>A comment {@code # dslint-ignore RULE[, RULE…]: REASON} at the end of the reported line,
 *       or on its own line directly above it (several such lines may be stacked).</li>
 *   <li>An annotation on the object: {@code ignore.dslint.io/RULE: "REASON"}, or
 *       {@code "containers=NAME[,NAME…]: REASON"} to silence only findings inside those
 *       containers. On the pod template it is misplaced: reported, and not applied.</li>
 *   <li>A suppression of the configuration file ({@link ConfigSuppression}).</li>
 * </ul>
 * A suppression without a reason silences nothing. There is no "all": a suppression names the
 * rules it silences. The suppression rules' own findings are never suppressed.
 */
final class Suppressor {
  static final String ANNOTATION_PREFIX = "ignore.dslint.io/";
  static final String COMMENT_MARKER = "dslint-ignore";
  private static final String CONTAINERS = "containers=";
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Where the suppressor reports its findings: the document's sink. */
  interface Diagnostics {
    /** {@code range} null: where the pointer resolves. */
    void report(String ruleId, ObjectRef object, Pointer pointer, Range range, String message);
  }

  /** A {@code # dslint-ignore} comment and the line whose findings it silences. */
  private static final class Comment {
    final Range range;
    final int target;
    final List<String> ids;
    final String reason;
    final Set<String> used = new LinkedHashSet<>();

    Comment(Range range, int target, List<String> ids, String reason) {
      this.range = range;
      this.target = target;
      this.ids = ids;
      this.reason = reason;
    }

    boolean covers(int line) {
      return line == target || line == range.startLine();
    }
  }

  /** An {@code ignore.dslint.io/} annotation of the object being suppressed. */
  private static final class Annotation {
    final String key;
    final String ruleId;
    final Pointer pointer;
    final List<String> containers;
    final String reason;
    boolean used;

    Annotation(String key, Pointer pointer, List<String> containers, String reason) {
      this.key = key;
      this.ruleId = key.substring(ANNOTATION_PREFIX.length());
      this.pointer = pointer;
      this.containers = containers;
      this.reason = reason;
    }
  }

  private final LintConfig config;
  private final YamlDocument doc;
  private final SourceMap sourceMap;
  private final String file;
  private final BitSet configUsed;
  private final Diagnostics out;
  private final List<Comment> comments = new ArrayList<>();
  private final BitSet handled = new BitSet();

  Suppressor(LintConfig config, YamlDocument doc, String file, BitSet configUsed, Diagnostics out) {
    this.config = config;
    this.doc = doc;
    this.sourceMap = doc.sourceMap();
    this.file = file;
    this.configUsed = configUsed;
    this.out = out;
    scanComments();
  }

  /**
   * Applies suppressions to the findings from index {@code from} on, which are about
   * {@code object} (a DaemonSet when {@code spec} is not null), and reports the object's
   * annotation suppressions that are missing a reason, misplaced or unused.
   */
  void applyToObject(KubeObject object, ObjectRef ref, PodSpec spec, List<Finding> findings, int from) {
    List<Annotation> annotations = annotations(object, ref, spec);
    List<Container> containers = spec == null ? List.of() : spec.allContainers();
    int end = findings.size();
    for (int i = from; i < end; i++) {
      handled.set(i);
      Finding f = findings.get(i);
      if (!RuleRegistry.SUPPRESSION_IDS.contains(f.ruleId())) {
        Suppression s = match(f, containerOf(f.pointer(), containers), annotations);
        if (s != null) {
          findings.set(i, f.withSuppression(s));
        }
      }
    }
    for (Annotation a : annotations) {
      if (!a.used && config.isEnabled(a.ruleId)) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, ref, a.pointer, null, "annotation " + a.key
            + " suppresses nothing: " + ref.label() + " has no " + a.ruleId + " finding"
            + (a.containers.isEmpty() ? "" : " in container " + String.join(", ", a.containers)));
      }
    }
    if (spec != null) {
      reportMisplaced(object, ref);
    }
  }

  /**
   * Applies the comment and configuration suppressions to the document's other findings (those
   * about no object, or found before the objects), and reports the comments' problems.
   */
  void finish(ObjectRef document, List<Finding> findings) {
    int end = findings.size();
    for (int i = 0; i < end; i++) {
      Finding f = findings.get(i);
      if (handled.get(i) || RuleRegistry.SUPPRESSION_IDS.contains(f.ruleId())) {
        continue;
      }
      Suppression s = match(f, null, List.of());
      if (s != null) {
        findings.set(i, f.withSuppression(s));
      }
    }
    for (Comment c : comments) {
      List<String> unused = new ArrayList<>();
      for (String id : c.ids) {
        if (!c.used.contains(id) && config.isEnabled(id)) {
          unused.add(id);
        }
      }
      if (!unused.isEmpty()) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, document, Pointer.ROOT, c.range, "dslint-ignore "
            + String.join(", ", unused) + " suppresses nothing: no " + String.join(" or ", unused)
            + " finding on this line or the line below the comment");
      }
    }
  }

  private Suppression match(Finding f, String container, List<Annotation> annotations) {
    Suppression first = null;
    for (Comment c : comments) {
      if (c.covers(f.line()) && c.ids.contains(f.ruleId())) {
        c.used.add(f.ruleId());
        if (first == null) {
          first = new Suppression(Suppression.Kind.COMMENT, c.reason, file, c.range);
        }
      }
    }
    for (Annotation a : annotations) {
      if (a.ruleId.equals(f.ruleId()) && (a.containers.isEmpty() || a.containers.contains(container))) {
        a.used = true;
        if (first == null) {
          first = new Suppression(Suppression.Kind.ANNOTATION, a.reason, file, sourceMap.resolve(a.pointer));
        }
      }
    }
    List<ConfigSuppression> configured = config.suppressions();
    for (int k = 0; k < configured.size(); k++) {
      ConfigSuppression s = configured.get(k);
      if (s.matches(f, container)) {
        configUsed.set(k);
        if (first == null) {
          first = new Suppression(Suppression.Kind.CONFIG, s.reason(), s.file(), s.range());
        }
      }
    }
    return first;
  }

  /** The name of the container a finding lies in (its pointer is inside it), or null. */
  private static String containerOf(Pointer pointer, List<Container> containers) {
    for (Container c : containers) {
      if (pointer.startsWith(c.pointer())) {
        return c.name();
      }
    }
    return null;
  }

  /**
   * The object's usable annotation suppressions; those without a reason, naming no known rule
   * or naming containers the pod lacks are reported (and not used).
   */
  private List<Annotation> annotations(KubeObject object, ObjectRef ref, PodSpec spec) {
    List<Annotation> usable = new ArrayList<>();
    Pointer at = object.pointer().append("metadata", "annotations");
    for (MapNode.Entry e : prefixed(object.node(), "metadata", "annotations")) {
      Pointer pointer = at.append(e.key());
      String value = e.value() instanceof ScalarNode s && s.value() != null ? String.valueOf(s.value()).strip() : "";
      List<String> containers = List.of();
      String reason = value;
      if (value.startsWith(CONTAINERS)) {
        int colon = value.indexOf(':');
        String names = colon < 0 ? value.substring(CONTAINERS.length()) : value.substring(CONTAINERS.length(), colon);
        reason = colon < 0 ? "" : value.substring(colon + 1).strip();
        List<String> list = new ArrayList<>();
        for (String n : names.split(",")) {
          if (!n.isBlank()) {
            list.add(n.strip());
          }
        }
        containers = List.copyOf(list);
      }
      Annotation a = new Annotation(e.key(), pointer, containers, reason);
      String problem = ruleProblem(a.ruleId);
      if (problem != null) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, ref, pointer, null, "annotation " + e.key()
            + " suppresses nothing: " + problem);
      } else if (reason.isEmpty()) {
        out.report(RuleRegistry.SUPPRESSION_MISSING_REASON, ref, pointer, null, "annotation " + e.key()
            + " gives no reason, so it suppresses nothing: write why, as \"" + (containers.isEmpty() ? ""
            : CONTAINERS + String.join(",", containers) + ": ") + "REASON\"");
      } else if (spec != null && !missingContainers(containers, spec).isEmpty()) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, ref, pointer, null, "annotation " + e.key()
            + " names container " + String.join(", ", missingContainers(containers, spec))
            + ", which the pod does not have");
      } else {
        usable.add(a);
      }
    }
    return usable;
  }

  private static List<String> missingContainers(List<String> names, PodSpec spec) {
    List<String> missing = new ArrayList<>();
    for (String n : names) {
      if (spec.allContainers().stream().noneMatch(c -> n.equals(c.name()))) {
        missing.add('"' + n + '"');
      }
    }
    return missing;
  }

  /** Why a suppression cannot name this rule, or null when it can. */
  private String ruleProblem(String id) {
    if (id.equals("all")) {
      return "\"all\" is not accepted; name the rules to suppress";
    }
    if (!config.catalog().contains(id)) {
      return "there is no rule \"" + id + "\" (see `dslint rules`)";
    }
    if (RuleRegistry.SUPPRESSION_IDS.contains(id)) {
      return id + " findings cannot be suppressed; fix the suppression instead";
    }
    return null;
  }

  /** Suppression annotations on the pod template, where dslint (like kubectl) does not look. */
  private void reportMisplaced(KubeObject object, ObjectRef ref) {
    Pointer at = object.pointer().append("spec", "template", "metadata", "annotations");
    for (MapNode.Entry e : prefixed(object.node(), "spec", "template", "metadata", "annotations")) {
      out.report(RuleRegistry.SUPPRESSION_MISPLACED, ref, at.append(e.key()), null, "annotation " + e.key()
          + " is on the pod template, where it suppresses nothing: move it to the " + object.kind()
          + "'s own metadata.annotations");
    }
  }

  /** The entries with the suppression prefix of the mapping at {@code path} below {@code node}. */
  private static List<MapNode.Entry> prefixed(Node node, String... path) {
    Node n = node;
    for (String key : path) {
      n = n instanceof MapNode m ? m.get(key) : null;
    }
    List<MapNode.Entry> out = new ArrayList<>();
    if (n instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        if (e.key().startsWith(ANNOTATION_PREFIX)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Finds the document's {@code # dslint-ignore} comments; reports malformed ones at finish. */
  private void scanComments() {
    List<String> lines = doc.lines();
    boolean any = false;
    for (String line : lines) {
      if (line.contains(COMMENT_MARKER)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    BitSet inScalars = scalarLines(doc.root(), new BitSet());
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = doc.firstLine() + i;
      String line = lines.get(i);
      if (inScalars.get(lineNo) || !line.contains(COMMENT_MARKER)) {
        continue;
      }
      int hash = commentStart(line);
      if (hash < 0) {
        continue;
      }
      String text = line.substring(hash + 1).strip();
      if (!text.startsWith(COMMENT_MARKER)) {
        continue;
      }
      String rest = text.substring(COMMENT_MARKER.length());
      if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ':') {
        continue; // "dslint-ignored" and the like are not ours
      }
      Range range = new Range(lineNo, hash + 1, lineNo, line.length() + 1);
      int target = lineNo;
      if (line.substring(0, hash).isBlank()) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).strip().startsWith("#")) {
          j++;
        }
        target = j < lines.size() && !lines.get(j).isBlank() ? doc.firstLine() + j : -1;
      }
      parseComment(range, target, rest);
    }
  }

  /**
   * Parses what follows the marker: rule ids up to a colon, then the reason. Without a colon the
   * ids end at another comment on the line (" #") and there is no reason.
   */
  private void parseComment(Range range, int target, String rest) {
    int colon = rest.indexOf(':');
    int hash = rest.indexOf(" #");
    boolean reasoned = colon >= 0 && (hash < 0 || colon < hash);
    String idsText = reasoned ? rest.substring(0, colon) : hash >= 0 ? rest.substring(0, hash) : rest;
    String reason = reasoned ? rest.substring(colon + 1).strip() : "";
    if (reason.startsWith("#")) {
      reason = ""; // another comment follows the colon, not a reason
    }
    ObjectRef document = ObjectRef.document(doc.index());
    List<String> ids = new ArrayList<>();
    for (String part : idsText.split(",")) {
      String id = part.strip();
      if (id.isEmpty()) {
        continue;
      }
      String problem = RULE_ID.matcher(id).matches() ? ruleProblem(id) : "\"" + id + "\" is not a rule id";
      if (problem != null) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, document, Pointer.ROOT, range,
            "dslint-ignore suppresses nothing: " + problem);
      } else {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      if (idsText.isBlank()) {
        out.report(RuleRegistry.SUPPRESSION_UNUSED, document, Pointer.ROOT, range,
            "dslint-ignore names no rule: write # dslint-ignore RULE-ID: REASON");
      }
      return;
    }
    if (reason.isEmpty()) {
      out.report(RuleRegistry.SUPPRESSION_MISSING_REASON, document, Pointer.ROOT, range, "dslint-ignore "
          + String.join(", ", ids) + " gives no reason, so it suppresses nothing: write # dslint-ignore "
          + String.join(", ", ids) + ": REASON");
      return;
    }
    comments.add(new Comment(range, target, List.copyOf(ids), reason));
  }

  /**
   * The index of the '#' that starts a YAML comment on this line, or -1: a '#' at the start or
   * after white space, outside quotes (a quote opens a scalar only at its start).
   */
  static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char before = i == 0 ? ' ' : line.charAt(i - 1);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            i++;
          } else {
            quote = 0;
          }
        }
      } else if (c == '#' && Character.isWhitespace(before)) {
        return i;
      } else if (c == '#' && i == 0) {
        return 0;
      } else if ((c == '"' || c == '\'') && (i == 0 || Character.isWhitespace(before) || "[{,:".indexOf(before) >= 0)) {
        quote = c;
      }
    }
    return -1;
  }

  /** Lines inside multi-line scalars (block scalars' content), where a '#' is text. */
  private static BitSet scalarLines(Node node, BitSet out) {
    if (node instanceof ScalarNode s) {
      Range r = s.range();
      if (r.endLine() > r.startLine()) {
        out.set(r.startLine() + 1, r.endColumn() > 1 ? r.endLine() + 1 : r.endLine());
      }
    } else if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        scalarLines(e.value(), out);
      }
    } else if (node instanceof SeqNode q) {
      for (Node item : q.items()) {
        scalarLines(item, out);
      }
    }
    return out;
  }
}
