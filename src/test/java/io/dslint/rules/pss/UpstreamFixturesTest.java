package io.dslint.rules.pss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dslint.TestPaths;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.rules.RuleOptions;
import io.dslint.source.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Agreement with the Pod Security Admission fixtures (kubernetes/pod-security-admission
 * test/testdata, in ../shared/corpus/psa when present): each fixture Pod is wrapped into a
 * DaemonSet (spec becomes the template's spec, the Pod's labels and annotations the template's),
 * linted through the whole pipeline at the fixture's level and version, and dslint's verdict for
 * that level must equal the fixture's pass/fail label. A failing fixture must also be reported
 * under the check it was generated for (its check_id in INDEX.tsv).
 */
class UpstreamFixturesTest {
  @Test
  void verdictsAgreeWithEveryUpstreamFixture() throws IOException {
    Path shared = TestPaths.shared();
    assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus/psa")), "../shared/corpus/psa is absent");
    Path root = shared.resolve("corpus/psa");
    Map<String, String> checkIds = checkIds(root.resolve("INDEX.tsv"));
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(root)) {
      fixtures = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<String> disagreements = new ArrayList<>();
    Map<String, int[]> byLevel = new LinkedHashMap<>();
    for (Path fixture : fixtures) {
      Path rel = root.relativize(fixture);
      String level = rel.getName(0).toString();
      String version = rel.getName(1).toString();
      boolean expectPass = rel.getName(2).toString().equals("pass");
      FileResult result = lint(fixture, level, version);
      if (result.podSecurity().size() != 1 || !result.errors().isEmpty()) {
        disagreements.add(rel + ": no verdict (" + result.errors() + ")");
        continue;
      }
      Verdict v = result.podSecurity().get(0).verdict();
      List<String> failing = v.violationsAt(PssLevel.parse(level));
      boolean pass = failing.isEmpty();
      byLevel.computeIfAbsent(level + "/" + version, k -> new int[2])[pass == expectPass ? 0 : 1]++;
      Set<String> reported = new TreeSet<>();
      for (Finding f : result.findings()) {
        reported.add(f.properties().get("psaCheck"));
      }
      if (pass != expectPass) {
        disagreements.add(rel + ": expected " + (expectPass ? "pass" : "fail") + ", dslint says "
            + (pass ? "pass" : "fail " + failing));
      } else if (pass != reported.isEmpty()) {
        disagreements.add(rel + ": verdict " + (pass ? "pass" : "fail") + " but findings " + reported);
      } else if (!expectPass && checkIds.containsKey(rel.toString()) && !"none".equals(checkIds.get(rel.toString()))
          && !reported.contains(checkIds.get(rel.toString()))) {
        disagreements.add(rel + ": fails, but not under " + checkIds.get(rel.toString()) + " (reported " + reported + ")");
      }
    }
    StringBuilder report = new StringBuilder("Pod Security Admission fixtures: ")
        .append(fixtures.size() - disagreements.size()).append('/').append(fixtures.size()).append(" agree");
    byLevel.forEach((k, n) -> report.append("; ").append(k).append(' ').append(n[0]).append('/').append(n[0] + n[1]));
    System.out.println(report);
    assertTrue(fixtures.size() >= 100, "expected the upstream fixtures, found " + fixtures.size());
    assertEquals(List.of(), disagreements, report::toString);
  }

  private static FileResult lint(Path fixture, String level, String version) throws IOException {
    String daemonSet = wrap(Files.readString(fixture, StandardCharsets.UTF_8));
    LintConfig config = LintConfig.builder()
        .options(RuleOptions.defaults().withKubernetesVersion(version.replaceFirst("^v", "")))
        .disable("all")
        .podSecurityLevel(level)
        .build();
    InputSource source = new InputSource(fixture.getFileName().toString(), null,
        new ByteArrayInputStream(daemonSet.getBytes(StandardCharsets.UTF_8)));
    return new Linter(config).lint(source);
  }

  /** The Pod as a DaemonSet: its spec the template's spec, its labels and annotations the template's. */
  @SuppressWarnings("unchecked")
  static String wrap(String podYaml) {
    Map<String, Object> pod = new Yaml(new SafeConstructor(new LoaderOptions())).load(podYaml);
    Map<String, Object> podMeta = (Map<String, Object>) pod.getOrDefault("metadata", Map.of());
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("app", "psa-fixture");
    if (podMeta.get("labels") instanceof Map<?, ?> l) {
      labels.putAll((Map<String, Object>) l);
    }
    Map<String, Object> templateMeta = new LinkedHashMap<>();
    templateMeta.put("labels", labels);
    if (podMeta.get("annotations") != null) {
      templateMeta.put("annotations", podMeta.get("annotations"));
    }
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", templateMeta);
    template.put("spec", pod.get("spec"));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("selector", Map.of("matchLabels", Map.of("app", "psa-fixture")));
    spec.put("template", template);
    Map<String, Object> ds = new LinkedHashMap<>();
    ds.put("apiVersion", "apps/v1");
    ds.put("kind", "DaemonSet");
    ds.put("metadata", Map.of("name", String.valueOf(podMeta.get("name")).replace('_', '-'), "namespace", "psa"));
    ds.put("spec", spec);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(new Representer(options), options).dump(ds);
  }

  /** path → check_id from the corpus INDEX.tsv (empty when it is missing). */
  private static Map<String, String> checkIds(Path index) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(index)) {
      return out;
    }
    List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int path = header.indexOf("path");
    int check = header.indexOf("check_id");
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (path >= 0 && check >= 0 && cols.length > Math.max(path, check)) {
        out.put(cols[path], cols[check]);
      }
    }
    return out;
  }
}
