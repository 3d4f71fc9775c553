package io.dslint.rules.custom;

import io.dslint.rules.RuleCatalog;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.RuleText;
import io.dslint.rules.Severity;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.YamlChecker;
import io.dslint.yaml.YamlDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads custom rule files: each YAML document of a file is one rule (format in
 * docs/custom-rules.md). A directory contributes its *.yaml and *.yml files, recursively, in
 * sorted order. Every problem of every file is collected with its file:line:column; the rules
 * are usable only when there is none.
 */
public final class CustomRuleLoader {
  static final Set<String> RULE_KEYS = Set.of("id", "severity", "title", "message", "kinds", "category",
      "enabled", "remediation", "docs", "references", "help-uri", "security-severity", "when", "require");
  static final List<String> CHECKS = List.of("exists", "absent", "equals", "one-of", "matches",
      "greater-than", "less-than", "at-least", "at-most");
  private static final Set<String> TEST_KEYS = testKeys();
  private static final Set<String> COMBINATORS = Set.of("all", "any", "not");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final List<String> problems = new ArrayList<>();
  private final List<CustomRule> rules = new ArrayList<>();
  private final Map<String, String> seen = new HashMap<>();

  private static Set<String> testKeys() {
    Set<String> s = new LinkedHashSet<>(CHECKS);
    s.add("pointer");
    return Set.copyOf(s);
  }

  /** The outcome: the rules, or the problems that keep them from being used. */
  public record Result(List<CustomRule> rules, List<String> problems) {}

  /**
   * Loads the rules of these files and directories; {@code names} are how messages name them
   * (parallel to {@code paths}: the path as the user wrote it).
   */
  public static Result load(List<Path> paths, List<String> names) {
    CustomRuleLoader loader = new CustomRuleLoader();
    for (int i = 0; i < paths.size(); i++) {
      loader.loadPath(paths.get(i), names.get(i));
    }
    return new Result(List.copyOf(loader.rules), List.copyOf(loader.problems));
  }

  private void loadPath(Path path, String name) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(p -> {
          String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          return n.endsWith(".yaml") || n.endsWith(".yml");
        }).sorted().toList();
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(name + ": cannot list custom rules: " + e.getMessage());
        return;
      }
      for (Path f : files) {
        String rel = path.relativize(f).toString().replace(java.io.File.separatorChar, '/');
        loadFile(f, name + (name.endsWith("/") ? "" : "/") + rel);
      }
    } else if (Files.isRegularFile(path)) {
      loadFile(path, name);
    } else {
      problems.add(name + ": no such custom rule file or directory");
    }
  }

  private void loadFile(Path path, String name) {
    YamlChecker check = new YamlChecker(name);
    List<YamlDocument> docs = check.loadAll(path);
    if (check.ok() && docs.isEmpty()) {
      check.problem("no rule in the file");
    }
    for (YamlDocument doc : docs) {
      CustomRule r = rule(doc.root(), check);
      if (r != null) {
        rules.add(r);
      }
    }
    problems.addAll(check.problems());
  }

  private CustomRule rule(Node root, YamlChecker check) {
    if (!(root instanceof MapNode m)) {
      check.problem(root, "a custom rule must be a mapping with id, severity, title and require, not "
          + YamlChecker.describe(root));
      return null;
    }
    int before = check.problems().size();
    check.keys(m, "a custom rule", RULE_KEYS);
    String id = required(check, m, "id");
    if (id != null && !ID.matcher(id).matches()) {
      check.problem(m.get("id"), "id \"" + id + "\" must be kebab-case: lower-case letters, digits and -");
    } else if (id != null && RuleCatalog.builtin().contains(id)) {
      check.problem(m.get("id"), "id \"" + id + "\" is a built-in rule's id");
    } else if (id != null && seen.containsKey(id)) {
      check.problem(m.get("id"), "id \"" + id + "\" is already defined at " + seen.get(id));
    } else if (id != null) {
      seen.put(id, location(check, m));
    }
    Severity severity = null;
    String sev = required(check, m, "severity");
    if (sev != null) {
      try {
        severity = Severity.parse(sev);
      } catch (IllegalArgumentException e) {
        check.problem(m.get("severity"), "severity must be error, warning or info, not \"" + sev + "\"");
      }
    }
    String title = required(check, m, "title");
    String message = check.string(m, "message", "the rule");
    List<String> kinds = check.strings(m, "kinds", "the rule", true);
    if (kinds != null && kinds.isEmpty()) {
      check.problem(m.get("kinds"), "kinds must name at least one kind");
    }
    String category = check.string(m, "category", "the rule");
    Boolean enabled = check.bool(m, "enabled", "the rule");
    String remediation = check.string(m, "remediation", "the rule");
    String docs = check.string(m, "docs", "the rule");
    List<String> references = check.strings(m, "references", "the rule", true);
    String helpUri = check.string(m, "help-uri", "the rule");
    String securitySeverity = null;
    Node secNode = m.get("security-severity");
    if (secNode instanceof ScalarNode s && !s.isNull()) {
      BigDecimal v = Condition.number(s.value());
      if (v == null && s.value() instanceof String str) {
        try {
          v = new BigDecimal(str);
        } catch (NumberFormatException e) {
          v = null;
        }
      }
      if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.TEN) > 0) {
        check.problem(secNode, "security-severity must be a number from 0.0 to 10.0, not " + YamlChecker.describe(secNode));
      } else {
        securitySeverity = v.toPlainString();
      }
    } else if (secNode != null && !(secNode instanceof ScalarNode)) {
      check.problem(secNode, "security-severity must be a number from 0.0 to 10.0, not " + YamlChecker.describe(secNode));
    }
    Condition when = m.has("when") ? condition(m.get("when"), "when", check) : null;
    Condition require = null;
    if (!m.has("require")) {
      check.problem(m.range(), "a custom rule needs \"require\": the condition every object it applies to must meet");
    } else {
      require = condition(m.get("require"), "require", check);
    }
    if (check.problems().size() > before || id == null || severity == null || title == null || require == null) {
      return null;
    }
    String doc = (docs == null ? title : docs.strip()) + "\n\nA custom rule, defined in " + seen.get(id) + ".\n";
    RuleMeta meta = new RuleMeta(id, severity, category == null ? "custom" : category, title,
        remediation == null ? title : remediation, references == null ? List.of() : references,
        enabled == null || enabled, securitySeverity, RuleText.of(doc), helpUri, seen.get(id));
    return new CustomRule(meta, kinds == null ? Set.of("DaemonSet") : new LinkedHashSet<>(kinds), when,
        require, message == null ? title : message);
  }

  private static String location(YamlChecker check, MapNode m) {
    return check.file() + ":" + m.range().startLine();
  }

  private static String required(YamlChecker check, MapNode m, String key) {
    Node n = m.get(key);
    if (n == null) {
      check.problem(m.range(), "a custom rule needs \"" + key + "\"");
      return null;
    }
    if (n instanceof ScalarNode s && s.isNull()) {
      check.problem(n, key + " must not be empty");
      return null;
    }
    String v = check.string(m, key, "the rule");
    if (v != null && v.isBlank()) {
      check.problem(n, key + " must not be empty");
      return null;
    }
    return v;
  }

  private Condition condition(Node node, String what, YamlChecker check) {
    if (!(node instanceof MapNode m) || m.size() == 0) {
      check.problem(node, what + " must be a condition: a mapping with pointer and a check (" + String.join(", ", CHECKS)
          + "), or all, any or not; not " + YamlChecker.describe(node));
      return null;
    }
    List<String> combinators = m.entries().stream().map(MapNode.Entry::key).filter(COMBINATORS::contains).toList();
    if (!combinators.isEmpty()) {
      if (m.size() > 1) {
        check.problem(m.range(), what + " mixes " + combinators.get(0) + " with other keys; use one of all, any,"
            + " not or a pointer test per condition");
        return null;
      }
      String key = combinators.get(0);
      Node value = m.get(key);
      if (key.equals("not")) {
        Condition inner = condition(value, what + ".not", check);
        return inner == null ? null : new Condition.Not(inner);
      }
      if (!(value instanceof SeqNode seq) || seq.items().isEmpty()) {
        check.problem(value, what + "." + key + " must be a non-empty list of conditions, not " + YamlChecker.describe(value));
        return null;
      }
      List<Condition> parts = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < seq.items().size(); i++) {
        Condition c = condition(seq.items().get(i), what + "." + key + "[" + i + "]", check);
        ok &= c != null;
        parts.add(c);
      }
      if (!ok) {
        return null;
      }
      return key.equals("all") ? new Condition.All(List.copyOf(parts)) : new Condition.Any(List.copyOf(parts));
    }
    return test(m, what, check);
  }

  private Condition test(MapNode m, String what, YamlChecker check) {
    int before = check.problems().size();
    check.keys(m, what, TEST_KEYS);
    String pointer = check.string(m, "pointer", what);
    PointerPattern pattern = null;
    if (!m.has("pointer")) {
      check.problem(m.range(), what + " needs \"pointer\": the JSON pointer (with * wildcards) of the value to check");
    } else if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
      check.problem(m.get("pointer"), what + ".pointer must be a JSON pointer starting with /, like"
          + " /spec/template/spec/containers/*/image, not \"" + pointer + "\"");
    } else if (pointer != null) {
      pattern = PointerPattern.parse(pointer);
    }
    List<Condition.Check> checks = new ArrayList<>();
    for (MapNode.Entry e : m.entries()) {
      Condition.Check c = check(e, what, check);
      if (c != null) {
        checks.add(c);
      }
    }
    if (m.entries().stream().noneMatch(e -> CHECKS.contains(e.key()))) {
      check.problem(m.range(), what + " has no check: add one of " + String.join(", ", CHECKS));
    }
    if (check.problems().size() > before || pattern == null) {
      return null;
    }
    return new Condition.Test(pattern, List.copyOf(checks));
  }

  private static Condition.Check check(MapNode.Entry e, String what, YamlChecker check) {
    Node v = e.value();
    String where = what + "." + e.key();
    switch (e.key()) {
      case "exists", "absent" -> {
        if (!(v instanceof ScalarNode s && s.value() instanceof Boolean b)) {
          check.problem(v, where + " must be true or false, not " + YamlChecker.describe(v));
          return null;
        }
        return Condition.exists(e.key().equals("exists") == b);
      }
      case "equals" -> {
        if (!(v instanceof ScalarNode s)) {
          check.problem(v, where + " must be a single value (string, number, boolean or null), not " + YamlChecker.describe(v));
          return null;
        }
        return Condition.equalsValue(s.value());
      }
      case "one-of" -> {
        if (!(v instanceof SeqNode seq) || seq.items().isEmpty()) {
          check.problem(v, where + " must be a non-empty list of values, not " + YamlChecker.describe(v));
          return null;
        }
        List<Object> values = new ArrayList<>();
        for (Node item : seq.items()) {
          if (item instanceof ScalarNode s) {
            values.add(s.value());
          } else {
            check.problem(item, where + " must list single values, not " + YamlChecker.describe(item));
            return null;
          }
        }
        return Condition.oneOf(values);
      }
      case "matches" -> {
        if (!(v instanceof ScalarNode s && s.value() instanceof String regex)) {
          check.problem(v, where + " must be a regular expression (a string), not " + YamlChecker.describe(v));
          return null;
        }
        try {
          return Condition.matches(Pattern.compile(regex));
        } catch (PatternSyntaxException ex) {
          check.problem(v, where + " is not a valid regular expression: " + ex.getDescription());
          return null;
        }
      }
      case "greater-than", "less-than", "at-least", "at-most" -> {
        BigDecimal bound = v instanceof ScalarNode s ? Condition.number(s.value()) : null;
        if (bound == null) {
          check.problem(v, where + " must be a number, not " + YamlChecker.describe(v));
          return null;
        }
        return switch (e.key()) {
          case "greater-than" -> Condition.compare(bound, 1, false);
          case "less-than" -> Condition.compare(bound, -1, false);
          case "at-least" -> Condition.compare(bound, 1, true);
          default -> Condition.compare(bound, -1, true);
        };
      }
      default -> {
        return null;
      }
    }
  }
}
