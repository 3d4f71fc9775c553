package io.dslint.config;

import io.dslint.config.ConfigFile.RuleSettings;
import io.dslint.config.ConfigFile.SuppressionEntry;
import io.dslint.rules.Parameter;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.Severity;
import io.dslint.rules.pss.PolicyVersion;
import io.dslint.rules.pss.PssLevel;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.YamlChecker;
import io.dslint.yaml.YamlDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and reads {@code .dslint.yaml} (the format is in docs/configuration.md). Reading is
 * strict: an unknown key, a value of the wrong type or an invalid value is a problem with its
 * file:line:column, and every problem of the file is reported at once. Nothing is looked up
 * when there is no file: the upward search is a few stat calls.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = ".dslint.yaml";

  /** The top-level keys, named like the command-line options they stand for. */
  public static final List<String> KEYS = List.of("kubernetes-version", "strict", "fail-on", "pss-level",
      "pss-version", "schema-locations", "no-suppressions", "baseline", "exclude", "custom-rules", "rules",
      "suppressions");
  static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "parameters");
  static final Set<String> SUPPRESSION_KEYS = Set.of("rule", "rules", "kind", "namespace", "name", "containers",
      "reason");
  static final List<String> FAIL_ON = List.of("error", "warning", "info", "none");

  private final YamlChecker check;
  private final Path dir;

  private ConfigLoader(String name, Path dir) {
    this.check = new YamlChecker(name);
    this.dir = dir;
  }

  /** The nearest {@value #FILE_NAME} in {@code start} or one of its parents, or null. */
  public static Path find(Path start) {
    for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Reads a configuration file; {@code name} is how messages name it. */
  public static ConfigFile load(Path path, String name) throws ConfigException {
    if (!Files.exists(path)) {
      throw new ConfigException(name + ": no such configuration file");
    }
    Path dir = path.toAbsolutePath().normalize().getParent();
    ConfigLoader loader = new ConfigLoader(name, dir);
    ConfigFile config = loader.parse(path);
    if (!loader.check.ok()) {
      throw new ConfigException(loader.check.problems());
    }
    return config;
  }

  private ConfigFile parse(Path path) {
    List<YamlDocument> docs = check.loadAll(path);
    if (docs.size() > 1) {
      check.problem(docs.get(1).root(), "a configuration file holds one YAML document");
    }
    if (docs.isEmpty()) {
      return new ConfigFile(check.file(), dir, null, null, null, null, null, List.of(), null, null, List.of(),
          List.of(), Map.of(), List.of());
    }
    MapNode root = check.map(docs.get(0).root(), "the configuration");
    if (root == null) {
      return ConfigFile.NONE;
    }
    check.keys(root, "the configuration", new LinkedHashSet<>(KEYS));
    return new ConfigFile(check.file(), dir, kubernetesVersion(root), check.bool(root, "strict", "configuration"),
        oneOf(root, "fail-on", FAIL_ON), pssLevel(root), pssVersion(root), directories(root, "schema-locations"),
        check.bool(root, "no-suppressions", "configuration"), check.string(root, "baseline", "configuration"),
        globs(root), paths(root, "custom-rules"), rules(root), suppressions(root));
  }

  private String kubernetesVersion(MapNode root) {
    Node n = root.get("kubernetes-version");
    if (n instanceof ScalarNode s && (s.value() instanceof Double || s.value() instanceof Long)) {
      check.problem(n, "kubernetes-version must be a string like \"1.30\": quote it, unquoted " + s.text()
          + " is a number");
      return null;
    }
    String v = check.string(root, "kubernetes-version", "configuration");
    if (v == null) {
      return null;
    }
    try {
      return "1." + PolicyVersion.parse(v).toString().substring("v1.".length());
    } catch (IllegalArgumentException e) {
      check.problem(n, "kubernetes-version takes a version like \"1.30\", not \"" + v + "\"");
      return null;
    }
  }

  private String pssLevel(MapNode root) {
    String v = check.string(root, "pss-level", "configuration");
    if (v != null && PssLevel.parse(v) != PssLevel.BASELINE && PssLevel.parse(v) != PssLevel.RESTRICTED) {
      check.problem(root.get("pss-level"), "pss-level takes baseline or restricted, not \"" + v + "\"");
      return null;
    }
    return v;
  }

  private String pssVersion(MapNode root) {
    Node n = root.get("pss-version");
    if (n instanceof ScalarNode s && (s.value() instanceof Double || s.value() instanceof Long)) {
      check.problem(n, "pss-version must be a string like \"v1.30\" or \"latest\", not the number " + s.text());
      return null;
    }
    String v = check.string(root, "pss-version", "configuration");
    if (v == null) {
      return null;
    }
    if (PolicyVersion.isLatest(v)) {
      return "latest";
    }
    try {
      return PolicyVersion.parse(v).toString();
    } catch (IllegalArgumentException e) {
      check.problem(n, "pss-version takes v1.Y or latest, not \"" + v + "\"");
      return null;
    }
  }

  private String oneOf(MapNode root, String key, List<String> allowed) {
    String v = check.string(root, key, "configuration");
    if (v != null && !allowed.contains(v)) {
      check.problem(root.get(key), key + " takes " + String.join(", ", allowed) + ", not \"" + v + "\"");
      return null;
    }
    return v;
  }

  private List<String> directories(MapNode root, String key) {
    List<String> list = paths(root, key);
    SeqNode seq = root.get(key) instanceof SeqNode s ? s : null;
    for (int i = 0; i < list.size() && seq != null; i++) {
      if (!Files.isDirectory(dir.resolve(list.get(i)))) {
        check.problem(seq.items().get(i), key + ": " + list.get(i) + " is not a directory (relative paths"
            + " are relative to the configuration file)");
      }
    }
    return list;
  }

  private List<String> paths(MapNode root, String key) {
    List<String> list = check.strings(root, key, "configuration", false);
    if (list == null) {
      return List.of();
    }
    if (key.equals("custom-rules")) {
      SeqNode seq = (SeqNode) root.get(key);
      for (int i = 0; i < list.size(); i++) {
        if (!Files.exists(dir.resolve(list.get(i)))) {
          check.problem(seq.items().get(i), key + ": " + list.get(i) + " does not exist (relative paths"
              + " are relative to the configuration file)");
        }
      }
    }
    return list;
  }

  private List<String> globs(MapNode root) {
    List<String> list = check.strings(root, "exclude", "configuration", false);
    if (list == null) {
      return List.of();
    }
    SeqNode seq = (SeqNode) root.get("exclude");
    for (int i = 0; i < list.size(); i++) {
      String problem = Glob.problem(list.get(i));
      if (problem != null) {
        check.problem(seq.items().get(i), "exclude: " + problem);
      }
    }
    return list;
  }

  private Map<String, RuleSettings> rules(MapNode root) {
    MapNode rules = check.map(root.get("rules"), "rules");
    Map<String, RuleSettings> out = new LinkedHashMap<>();
    if (rules == null) {
      return out;
    }
    for (MapNode.Entry e : rules.entries()) {
      String what = "rules." + e.key();
      MapNode m = e.value() instanceof ScalarNode s && s.isNull() ? null : check.map(e.value(), what);
      if (m == null) {
        if (e.value() instanceof ScalarNode s && s.isNull()) {
          out.put(e.key(), new RuleSettings(null, null, Map.of(), e.keyRange()));
        }
        continue;
      }
      check.keys(m, what, RULE_KEYS);
      Boolean enabled = check.bool(m, "enabled", what);
      Severity severity = null;
      String sev = check.string(m, "severity", what);
      if (sev != null) {
        try {
          severity = Severity.parse(sev);
        } catch (IllegalArgumentException ex) {
          check.problem(m.get("severity"), what + ".severity takes error, warning or info, not \"" + sev + "\"");
        }
      }
      out.put(e.key(), new RuleSettings(enabled, severity, parameters(e.key(), m, what), e.keyRange()));
    }
    return out;
  }

  private Map<String, List<String>> parameters(String ruleId, MapNode settings, String what) {
    MapNode m = check.map(settings.get("parameters"), what + ".parameters");
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    Map<String, Parameter> known = new LinkedHashMap<>();
    for (Parameter p : RuleRegistry.parameters(ruleId)) {
      known.put(p.name(), p);
      known.put(Parameter.ADDITIONAL + p.name(), p);
    }
    for (MapNode.Entry e : m.entries()) {
      Parameter p = known.get(e.key());
      if (p == null) {
        check.problem(e.keyRange(), "unknown parameter \"" + e.key() + "\" of rule " + ruleId
            + (known.isEmpty() ? " (it has none)" : " (known: " + String.join(", ", known.keySet()) + ")"));
        continue;
      }
      List<String> items = check.strings(m, e.key(), what + ".parameters", false);
      if (items == null) {
        if (e.value() instanceof ScalarNode s && s.isNull()) {
          check.problem(e.value(), what + ".parameters." + e.key() + " must be a list of strings, not null");
        }
        continue;
      }
      SeqNode seq = (SeqNode) e.value();
      for (int i = 0; i < items.size(); i++) {
        String problem = p.kind().problem(items.get(i));
        if (problem != null) {
          check.problem(seq.items().get(i), what + ".parameters." + e.key() + ": \"" + items.get(i) + "\" " + problem);
        }
      }
      out.put(e.key(), items);
    }
    return out;
  }

  private List<SuppressionEntry> suppressions(MapNode root) {
    Node n = root.get("suppressions");
    List<SuppressionEntry> out = new ArrayList<>();
    if (n == null || n instanceof ScalarNode s && s.isNull()) {
      return out;
    }
    if (!(n instanceof SeqNode seq)) {
      check.problem(n, "suppressions must be a list of suppressions, not " + YamlChecker.describe(n));
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      String what = "suppressions[" + i + "]";
      MapNode m = check.map(seq.items().get(i), what);
      if (m == null) {
        if (seq.items().get(i) instanceof ScalarNode s && s.isNull()) {
          check.problem(seq.items().get(i), what + " is empty");
        }
        continue;
      }
      SuppressionEntry entry = suppression(m, what);
      if (entry != null) {
        out.add(entry);
      }
    }
    return out;
  }

  private SuppressionEntry suppression(MapNode m, String what) {
    int before = check.problems().size();
    check.keys(m, what, SUPPRESSION_KEYS);
    List<String> rules = new ArrayList<>();
    List<Range> ranges = new ArrayList<>();
    if (m.has("rule") && m.has("rules")) {
      check.problem(m.entry("rules").keyRange(), what + " has both rule and rules; use one");
    }
    String key = m.has("rules") ? "rules" : "rule";
    List<String> ids = check.strings(m, key, what, true);
    if (ids != null) {
      Node node = m.get(key);
      for (int i = 0; i < ids.size(); i++) {
        rules.add(ids.get(i).strip());
        ranges.add(node instanceof SeqNode seq ? seq.items().get(i).range() : node.range());
      }
    }
    if (!m.has("rule") && !m.has("rules") || ids != null && ids.isEmpty()) {
      check.problem(m.range(), what + " names no rule: add rule: RULE-ID (or rules: [A, B])");
    }
    String kind = pattern(m, "kind", what);
    String namespace = pattern(m, "namespace", what);
    String name = pattern(m, "name", what);
    List<String> containers = check.strings(m, "containers", what, true);
    if (containers != null) {
      for (String c : containers) {
        if (Glob.problem(c) != null) {
          check.problem(m.get("containers"), what + ".containers: " + Glob.problem(c));
        }
      }
    }
    if (kind == null && namespace == null && name == null && check.problems().size() == before) {
      check.problem(m.range(), what + " selects no object: give kind, namespace or name patterns (to turn a"
          + " rule off everywhere, use rules.RULE-ID.enabled: false)");
    }
    Node reasonNode = m.get("reason");
    String reason = check.string(m, "reason", what);
    if (reasonNode == null || reasonNode instanceof ScalarNode s && s.isNull() || reason != null && reason.isBlank()) {
      check.problem(reasonNode == null ? m.range() : reasonNode.range(), what
          + " needs a reason: say why the finding is acceptable here");
    }
    if (check.problems().size() > before) {
      return null;
    }
    return new SuppressionEntry(List.copyOf(rules), kind, namespace, name,
        containers == null ? List.of() : containers, reason.strip(), m.range(), List.copyOf(ranges));
  }

  private String pattern(MapNode m, String key, String what) {
    String v = check.string(m, key, what);
    if (v != null && Glob.problem(v) != null) {
      check.problem(m.get(key), what + "." + key + ": " + Glob.problem(v));
      return null;
    }
    return v;
  }
}
