package io.dslint.engine;

import io.dslint.config.ConfigException;
import io.dslint.config.Overrides;
import io.dslint.config.RunSetup;
import io.dslint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture: a manifest whose lines carry the findings expected there as
 * {@code # expect: rule-a, rule-b} comments (JSON files, which cannot hold comments, list them
 * in a sibling {@code NAME.json.expect} file as "LINE RULE" lines, and may choose rules there
 * with a {@code # fixture-rules:} line). Which rules run: a
 * {@code # fixture-rules: a, b} line names them; otherwise a fixture under
 * {@code testdata/rules/<rule-id>/} runs that rule; otherwise every default rule runs. The
 * pipeline's own rules (yaml-syntax, yaml-duplicate-key, schema-violation) always run. A
 * {@code # fixture-options: --kubernetes-version 1.28 --pss-level restricted --pss-version v1.25}
 * line sets those run options (--pss-level also enables its rules, as on the command line).
 * {@code # expect-pod-security: baseline} lines give the Pod Security level verdict expected for
 * each DaemonSet, in document order (checked when the fixture has any). {@code # expect:} names
 * the findings that are reported; {@code # expect-suppressed: rule} those that a suppression
 * silences on that line. fixture-options also takes {@code --config FILE} and
 * {@code --rules-dir PATH} (relative to the fixture's folder) and the flag
 * {@code --no-suppressions}; without --config no configuration file is read.
 * {@code # fixture-kubernetes-version: X.Y} and {@code # fixture-no-strict} set the schema options.
 */
record Fixture(Path path, List<String> expected, List<String> rules, Map<String, String> options,
    List<String> expectedLevels, List<String> expectedSuppressed) {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern SUPPRESSED = Pattern.compile("#\\s*expect-suppressed:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern RULES = Pattern.compile("^#\\s*fixture-rules:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern OPTIONS = Pattern.compile("^#\\s*fixture-options:\\s*(.+?)\\s*$");
  private static final Pattern LEVEL = Pattern.compile("^#\\s*expect-pod-security:\\s*(privileged|baseline|restricted)\\s*$");
  private static final List<String> KNOWN_OPTIONS = List.of("--kubernetes-version", "--pss-level", "--pss-version",
      "--config", "--rules-dir");
  private static final List<String> KNOWN_FLAGS = List.of("--no-suppressions");
  private static final Pattern VERSION = Pattern.compile("^#\\s*fixture-kubernetes-version:\\s*([0-9.]+)\\s*$");
  private static final Pattern NO_STRICT = Pattern.compile("^#\\s*fixture-no-strict\\s*$");

  static Fixture read(Path path, Path testdata) throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> rules = null;
    Map<String, String> options = new LinkedHashMap<>();
    List<String> levels = new ArrayList<>();
    List<String> suppressed = new ArrayList<>();
    if (path.toString().endsWith(".json")) {
      Path sidecar = path.resolveSibling(path.getFileName() + ".expect");
      if (Files.exists(sidecar)) {
        for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
          Matcher r = RULES.matcher(line.strip());
          if (r.find()) {
            rules = ruleList(r.group(1));
            continue;
          }
          String[] parts = line.strip().split("\\s+");
          if (parts.length == 2) {
            expected.add(parts[1] + "@" + parts[0]);
          }
        }
      }
    } else {
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).replace("\uFEFF", "");
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = EXPECT.matcher(lines[i]);
        if (m.find()) {
          for (String id : m.group(1).split(",")) {
            if (!id.isBlank()) {
              expected.add(id.strip() + "@" + (i + 1));
            }
          }
        }
        Matcher v = VERSION.matcher(lines[i]);
        if (v.find()) {
          options.put("--kubernetes-version", v.group(1));
        }
        if (NO_STRICT.matcher(lines[i]).find()) {
          options.put("--no-strict", "");
        }
        Matcher s = SUPPRESSED.matcher(lines[i]);
        if (s.find()) {
          for (String id : s.group(1).split(",")) {
            if (!id.isBlank()) {
              suppressed.add(id.strip() + "@" + (i + 1));
            }
          }
        }
        Matcher l = LEVEL.matcher(lines[i]);
        if (l.find()) {
          levels.add(l.group(1));
        }
        Matcher o = OPTIONS.matcher(lines[i]);
        if (o.find()) {
          String[] words = o.group(1).split("\\s+");
          for (int w = 0; w < words.length; w += 2) {
            if (KNOWN_FLAGS.contains(words[w])) {
              options.put(words[w], "true");
              w--;
              continue;
            }
            if (!KNOWN_OPTIONS.contains(words[w]) || w + 1 >= words.length) {
              throw new IllegalArgumentException(path + ":" + (i + 1) + ": fixture-options takes "
                  + String.join(", ", KNOWN_OPTIONS) + " with a value each and the flags "
                  + String.join(", ", KNOWN_FLAGS) + ", not " + o.group(1));
            }
            options.put(words[w], words[w + 1]);
          }
        }
        Matcher r = RULES.matcher(lines[i]);
        if (r.find()) {
          rules = ruleList(r.group(1));
        }
      }
    }
    Path rel = testdata.relativize(path);
    if (rules == null && rel.getNameCount() >= 3 && rel.getName(0).toString().equals("rules")) {
      rules = List.of(rel.getName(1).toString());
    }
    expected.sort(null);
    suppressed.sort(null);
    return new Fixture(path, List.copyOf(expected), rules, Map.copyOf(options), List.copyOf(levels),
        List.copyOf(suppressed));
  }

  private static List<String> ruleList(String ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      out.add(id.strip());
    }
    return out;
  }

  /** The run the fixture asks for, set up as the command line would set it up. */
  LintConfig config() {
    List<String> enable = new ArrayList<>();
    List<String> disable = new ArrayList<>();
    if (rules != null) {
      enable.addAll(List.of(RuleRegistry.YAML_SYNTAX, RuleRegistry.YAML_DUPLICATE_KEY, RuleRegistry.SCHEMA_VIOLATION));
      enable.addAll(rules);
      disable.add("all");
    }
    Path dir = path.toAbsolutePath().getParent();
    String rulesDir = options.get("--rules-dir");
    Overrides o = new Overrides(options.get("--kubernetes-version"), options.containsKey("--no-strict") ? false : null,
        List.of(), null,
        options.get("--pss-level"), options.get("--pss-version"), options.containsKey("--no-suppressions"), null,
        rulesDir == null ? List.of() : List.of(dir.resolve(rulesDir).toString()), enable, disable);
    String config = options.get("--config");
    try {
      return RunSetup.create(config == null ? null : dir.resolve(config).toString(), config == null, o, dir, true)
          .lintConfig();
    } catch (ConfigException e) {
      throw new IllegalArgumentException(path + ": fixture-options: " + e.getMessage(), e);
    }
  }
}
