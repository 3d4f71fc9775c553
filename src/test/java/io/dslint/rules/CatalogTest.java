package io.dslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.source.SourceExpander;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalog meta-test: every registered rule has its doc (front matter and the four sections,
 * with YAML examples), a failing fixture and a passing fixture; every doc belongs to a registered
 * rule; and rules/README.md is what {@code dslint rules --format markdown} prints. Each test
 * lists every problem it finds, not just the first.
 */
class CatalogTest {
  private static final List<String> SECTIONS = List.of("## Why", "## Bad", "## Good", "## Fix");
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CONTRACT_RULE = Pattern.compile("`([a-z0-9-]+)` \\[(error|warning|info)\\]");

  private static Path rulesDir() {
    return TestPaths.project().resolve("rules");
  }

  /** The catalog's quick front-matter reader agrees with a real YAML parser on every rule doc. */
  @Test
  void frontMatterReaderAgreesWithSnakeYaml() throws IOException {
    try (Stream<Path> docs = Files.list(TestPaths.project().resolve("rules"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).toList()) {
        String text = Files.readString(doc);
        String front = text.substring(4, text.indexOf("\n---\n", 4));
        Object yaml = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
            new org.yaml.snakeyaml.LoaderOptions())).load(front);
        Map<String, Object> expected = new LinkedHashMap<>();
        ((Map<?, ?>) yaml).forEach((k, v) -> expected.put(String.valueOf(k),
            v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : String.valueOf(v)));
        assertEquals(expected, RuleCatalog.frontMatter(doc.getFileName().toString(), front), doc.toString());
      }
    }
  }

  @Test
  void everyRuleHasAValidDoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String id : RuleRegistry.ALL_IDS) {
      Path doc = rulesDir().resolve(id + ".md");
      if (!Files.isRegularFile(doc)) {
        problems.add(id + ": no rules/" + id + ".md");
        continue;
      }
      String text = Files.readString(doc, StandardCharsets.UTF_8).replace("\r\n", "\n");
      RuleMeta meta;
      try {
        meta = RuleCatalog.parse(id, text);
      } catch (RuntimeException e) {
        problems.add(id + ": invalid front matter: " + e.getMessage());
        continue;
      }
      if (meta.title().isEmpty() || meta.category().isEmpty() || meta.remediation().isEmpty()) {
        problems.add(id + ": empty title, category or remediation");
      }
      if (meta.references().isEmpty()) {
        problems.add(id + ": no references");
      }
      problems.addAll(sectionProblems(id, meta.doc()));
    }
    assertEquals(List.of(), problems);
  }

  /** The four sections as level-2 headings, in order, once each; Bad and Good show YAML. */
  static List<String> sectionProblems(String id, String body) {
    List<String> problems = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("## ")) {
        headings.add(line.strip());
      }
    }
    if (!headings.equals(SECTIONS)) {
      problems.add(id + ": sections are " + headings + ", expected " + SECTIONS);
      return problems;
    }
    for (String section : List.of("## Bad", "## Good")) {
      String content = section(body, section);
      Matcher m = YAML_BLOCK.matcher(content);
      boolean any = false;
      while (m.find()) {
        any = true;
        if (section.equals("## Good")) {
          try {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(m.group(1)).forEach(d -> { });
          } catch (RuntimeException e) {
            problems.add(id + ": the YAML under " + section + " does not parse: "
                + e.getMessage().lines().findFirst().orElse(""));
          }
        }
      }
      if (!any) {
        problems.add(id + ": " + section + " has no ```yaml example");
      }
    }
    for (String section : List.of("## Why", "## Fix")) {
      if (section(body, section).isBlank()) {
        problems.add(id + ": " + section + " is empty");
      }
    }
    return problems;
  }

  private static String section(String body, String heading) {
    int start = body.indexOf(heading + "\n");
    if (start < 0) {
      return "";
    }
    start += heading.length() + 1;
    int end = body.indexOf("\n## ", start);
    return body.substring(start, end < 0 ? body.length() : end);
  }

  @Test
  void everyDocBelongsToARegisteredRule() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>(RuleRegistry.ALL_IDS);
    try (Stream<Path> files = Files.list(rulesDir())) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".md") && !name.equals("README.md")
            && !ids.contains(name.substring(0, name.length() - 3))) {
          problems.add("rules/" + name + " has no registered rule (RuleRegistry)");
        }
      }
    }
    Path fixtureDirs = TestPaths.testdata().resolve("rules");
    try (Stream<Path> dirs = Files.list(fixtureDirs)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        if (!ids.contains(d.getFileName().toString())) {
          problems.add("testdata/rules/" + d.getFileName() + "/ is not a registered rule id");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Rules that only a command other than lint reports, with the folder of that command's cases:
   * there the failing fixtures are expected outputs that name the rule, the passing ones outputs
   * that do not.
   */
  private static final Map<String, String> COMMAND_RULES = Map.of("node-coverage-gap", "coverage");

  @Test
  void commandRulesHaveFailingAndPassingCases() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : COMMAND_RULES.entrySet()) {
      int failing = 0;
      int passing = 0;
      try (Stream<Path> files = Files.walk(TestPaths.testdata().resolve(e.getValue()))) {
        for (Path p : files.filter(f -> f.getFileName().toString().endsWith("expected.txt")).toList()) {
          if (Files.readString(p).contains("[" + e.getKey() + "]")) {
            failing++;
          } else {
            passing++;
          }
        }
      }
      if (failing == 0 || passing == 0) {
        problems.add(e.getKey() + ": " + failing + " failing and " + passing + " passing cases under testdata/"
            + e.getValue());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() throws IOException {
    Map<String, Integer> expectations = expectationsByRule();
    List<String> problems = new ArrayList<>();
    for (String id : RuleRegistry.ALL_IDS) {
      if (COMMAND_RULES.containsKey(id)) {
        continue; // see commandRulesHaveFailingAndPassingCases
      }
      if (!expectations.containsKey(id)) {
        problems.add(id + ": no failing fixture (no testdata file expects it)");
      }
      Path dir = TestPaths.testdata().resolve("rules").resolve(id);
      boolean pass = false;
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          pass = files.map(p -> p.getFileName().toString())
              .anyMatch(n -> n.startsWith("pass-") && SourceExpander.isManifestName(n));
        }
      }
      if (!pass) {
        problems.add(id + ": no passing fixture (testdata/rules/" + id + "/pass-*.yaml)");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Rule id → number of expected findings across the fixtures (yaml comments, json sidecars). */
  private static Map<String, Integer> expectationsByRule() throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    Path root = TestPaths.testdata();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).startsWith("examples") && !root.relativize(p).startsWith("golden"))
          .toList();
    }
    for (Path p : files) {
      String name = p.getFileName().toString();
      if (name.endsWith(".json.expect")) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String[] parts = line.strip().split("\\s+");
          if (parts.length == 2 && !line.strip().startsWith("#")) {
            out.merge(parts[1], 1, Integer::sum);
          }
        }
      } else if (SourceExpander.isManifestName(name)) {
        for (String line : new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\r?\n")) {
          Matcher m = EXPECT.matcher(line);
          if (m.find()) {
            for (String id : m.group(1).split(",")) {
              if (!id.isBlank()) {
                out.merge(id.strip(), 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void readmeCatalogIsCurrent() throws IOException {
    Path readme = rulesDir().resolve("README.md");
    String expected = RuleCatalog.builtin().toMarkdown();
    String actual = Files.isRegularFile(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual.replace("\r\n", "\n"),
        "rules/README.md is stale: regenerate it with `" + RuleCatalog.MARKDOWN_COMMAND + "`");
  }

  @Test
  void catalogListsEveryRegisteredRuleInOrder() {
    List<String> ids = RuleCatalog.builtin().all().stream().map(RuleMeta::id).toList();
    assertEquals(RuleRegistry.ALL_IDS, ids);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate rule ids");
  }

  /** Where the shared contract is present, each best-practice rule's severity matches it. */
  @Test
  void severitiesMatchTheContract() throws IOException {
    Path shared = TestPaths.shared();
    Path contract = shared == null ? null : shared.resolve("CONTRACT.md");
    if (contract == null || !Files.isRegularFile(contract)) {
      return;
    }
    Matcher m = CONTRACT_RULE.matcher(Files.readString(contract, StandardCharsets.UTF_8));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    while (m.find()) {
      RuleMeta meta = RuleCatalog.builtin().get(m.group(1));
      if (meta != null) {
        checked++;
        if (!meta.severity().id().equals(m.group(2))) {
          problems.add(m.group(1) + ": severity " + meta.severity().id() + ", contract says " + m.group(2));
        }
      }
    }
    assertTrue(checked > 0, "no contract rule found in the catalog");
    assertEquals(List.of(), problems);
  }
}
