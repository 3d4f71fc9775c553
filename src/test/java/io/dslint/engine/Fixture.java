package io.dslint.engine;

import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import io.dslint.schema.SchemaOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture: a manifest whose lines carry the findings expected there as
 * {@code # expect: rule-a, rule-b} comments (JSON files, which cannot hold comments, list them
 * in a sibling {@code NAME.json.expect} file as "LINE RULE" lines). Which rules run: a
 * {@code # fixture-rules: a, b} line names them; otherwise a fixture under
 * {@code testdata/rules/<rule-id>/} runs that rule; otherwise every default rule runs. The
 * pipeline's own rules (yaml-syntax, yaml-duplicate-key, schema-violation) always run.
 * {@code # fixture-kubernetes-version: X.Y} and {@code # fixture-no-strict} set the schema options.
 */
record Fixture(Path path, List<String> expected, List<String> rules, String kubernetesVersion, boolean strict) {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern RULES = Pattern.compile("^#\\s*fixture-rules:\\s*([a-z0-9, -]+?)\\s*$");
  /** {@code # fixture-kubernetes-version: 1.30} targets another version; {@code # fixture-no-strict} relaxes. */
  private static final Pattern VERSION = Pattern.compile("^#\\s*fixture-kubernetes-version:\\s*([0-9.]+)\\s*$");
  private static final Pattern NO_STRICT = Pattern.compile("^#\\s*fixture-no-strict\\s*$");

  static Fixture read(Path path, Path testdata) throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> rules = null;
    String version = null;
    boolean strict = true;
    if (path.toString().endsWith(".json")) {
      Path sidecar = path.resolveSibling(path.getFileName() + ".expect");
      if (Files.exists(sidecar)) {
        for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
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
          version = v.group(1);
        }
        if (NO_STRICT.matcher(lines[i]).find()) {
          strict = false;
        }
        Matcher r = RULES.matcher(lines[i]);
        if (r.find()) {
          rules = new ArrayList<>();
          for (String id : r.group(1).split(",")) {
            rules.add(id.strip());
          }
        }
      }
    }
    Path rel = testdata.relativize(path);
    if (rules == null && rel.getNameCount() >= 3 && rel.getName(0).toString().equals("rules")) {
      rules = List.of(rel.getName(1).toString());
    }
    expected.sort(null);
    return new Fixture(path, List.copyOf(expected), rules, version, strict);
  }

  LintConfig config() {
    String v = kubernetesVersion != null ? kubernetesVersion : RuleOptions.NEWEST_KUBERNETES_VERSION;
    LintConfig.Builder b = LintConfig.builder()
        .options(new RuleOptions(v, null))
        .schemaOptions(new SchemaOptions(v, strict, List.of()));
    if (rules == null) {
      return b.build();
    }
    List<String> enable = new ArrayList<>(List.of(RuleRegistry.YAML_SYNTAX,
        RuleRegistry.YAML_DUPLICATE_KEY, RuleRegistry.SCHEMA_VIOLATION));
    enable.addAll(rules);
    return b.disable("all").enableAll(enable).build();
  }
}
