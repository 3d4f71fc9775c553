package io.dslint.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule's metadata, read from {@code rules/<id>.md} (the build packs the repository's
 * rules/ folder into one class-path resource, see {@link RuleDocBundle}). The docs are the single
 * source of severities, titles and help text for explain, SARIF and the generated catalog.
 */
public final class RuleCatalog {
  private static volatile RuleCatalog builtin;

  private final Map<String, RuleMeta> rules;

  private RuleCatalog(Map<String, RuleMeta> rules) {
    this.rules = rules;
  }

  public static RuleCatalog builtin() {
    RuleCatalog c = builtin;
    if (c == null) {
      synchronized (RuleCatalog.class) {
        if (builtin == null) {
          Map<String, byte[]> docs = RuleDocBundle.read();
          Map<String, RuleMeta> m = new LinkedHashMap<>();
          for (String id : RuleRegistry.ALL_IDS) {
            byte[] doc = docs.get(id);
            if (doc == null) {
              throw new IllegalStateException("rule " + id + " has no doc (rules/" + id + ".md)");
            }
            m.put(id, parse(id, doc));
          }
          builtin = new RuleCatalog(m);
        }
        c = builtin;
      }
    }
    return c;
  }

  /**
   * This catalog followed by more rules (custom rules), in their order.
   *
   * @throws IllegalArgumentException when an id is taken
   */
  public RuleCatalog with(List<RuleMeta> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, RuleMeta> m = new LinkedHashMap<>(rules);
    for (RuleMeta meta : more) {
      if (m.putIfAbsent(meta.id(), meta) != null) {
        throw new IllegalArgumentException("rule id \"" + meta.id() + "\" is already taken");
      }
    }
    return new RuleCatalog(m);
  }

  public RuleMeta get(String id) {
    return rules.get(id);
  }

  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  public List<RuleMeta> all() {
    return new ArrayList<>(rules.values());
  }

  /** The command that regenerates rules/README.md from the rule docs. */
  public static final String MARKDOWN_COMMAND = "bin/dslint rules --format markdown > rules/README.md";

  /**
   * The catalog as Markdown, grouped by category in catalog order: what rules/README.md holds.
   * Generated, never edited by hand; the catalog test fails when the file is stale.
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# dslint rules\n\n");
    sb.append("<!-- Generated from the rule docs by `").append(MARKDOWN_COMMAND)
        .append("`; do not edit. -->\n\n");
    sb.append(rules.size()).append(" rules. The severity is the default one; `dslint explain RULE-ID`"
        + " shows a rule's documentation.\n");
    Map<String, List<RuleMeta>> byCategory = new LinkedHashMap<>();
    for (RuleMeta m : rules.values()) {
      byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
    }
    for (Map.Entry<String, List<RuleMeta>> e : byCategory.entrySet()) {
      sb.append("\n## ").append(e.getKey()).append("\n\n");
      sb.append("| Rule | Severity | Title |\n|---|---|---|\n");
      for (RuleMeta m : e.getValue()) {
        String link = m.custom() ? m.helpUri() : m.id() + ".md";
        sb.append(link == null ? "| " + m.id() : "| [" + m.id() + "](" + link + ")").append(" | ")
            .append(m.severity().id()).append(m.enabledByDefault() ? "" : " (off by default)")
            .append(" | ").append(m.title().replace("|", "\\|")).append(" |\n");
      }
    }
    return sb.toString();
  }

  /** Parses a rule doc: YAML front matter between "---" lines, then Markdown. */
  static RuleMeta parse(String id, String text) {
    return parse(id, text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #parse(String, String)} on the UTF-8 bytes of a doc; only the front matter is decoded now. */
  static RuleMeta parse(String id, byte[] doc) {
    if (!startsWith(doc, 0, FRONT_MATTER_START)) {
      throw new IllegalStateException("rule doc " + id + " has no front matter");
    }
    int end = indexOf(doc, FRONT_MATTER_END, FRONT_MATTER_START.length);
    if (end < 0) {
      throw new IllegalStateException("rule doc " + id + " has unterminated front matter");
    }
    Map<String, Object> front = frontMatter(id, new String(doc, 4, end - 4, StandardCharsets.UTF_8));
    if (!id.equals(front.get("id"))) {
      throw new IllegalStateException("rule doc " + id + " declares id " + front.get("id"));
    }
    List<String> refs = new ArrayList<>();
    if (front.get("references") instanceof List<?> l) {
      l.forEach(r -> refs.add(String.valueOf(r)));
    }
    Object sec = front.get("security-severity");
    return new RuleMeta(id, Severity.parse(String.valueOf(front.get("severity"))),
        string(front, "category"), string(front, "title"), string(front, "remediation"),
        List.copyOf(refs), !"false".equals(front.get("enabled")),
        sec == null ? null : String.valueOf(sec),
        RuleText.body(Arrays.copyOfRange(doc, end + FRONT_MATTER_END.length, doc.length)));
  }

  private static final byte[] FRONT_MATTER_START = "---\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FRONT_MATTER_END = "\n---\n".getBytes(StandardCharsets.US_ASCII);

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    for (int i = from; i + part.length <= bytes.length; i++) {
      if (startsWith(bytes, i, part)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads the front matter's small YAML subset: "key: value" lines (values plain or quoted) and
   * "key:" followed by "  - item" lines. A full YAML parser here cost a third of the start-up
   * time; CatalogTest checks that this reading equals SnakeYAML's for every rule doc.
   */
  static Map<String, Object> frontMatter(String id, String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> list = null;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("  - ") && list != null) {
        list.add(unquote(line.substring(4).strip()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        throw new IllegalStateException("rule doc " + id + ": front matter line not understood: " + line);
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        list = new ArrayList<>();
        out.put(key, list);
      } else {
        list = null;
        out.put(key, unquote(value));
      }
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static String string(Map<?, ?> front, String key) {
    Object v = front.get(key);
    if (v == null) {
      throw new IllegalStateException("rule doc front matter lacks " + key);
    }
    return String.valueOf(v).strip();
  }
}
