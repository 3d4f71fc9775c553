package io.dslint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dslint.TestPaths;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real DaemonSet manifests (../shared/corpus/realworld, optional) that their projects ship as
 * deployable: no schema-violation, api-validation, selector-mismatch or api-removed finding and
 * no input error, except the three edge cases the corpus README names. Each file is linted
 * alone, as it would be applied.
 */
class RealworldCorpusTest {
  private static final Set<String> API_RULES = Set.of(RuleRegistry.SCHEMA_VIOLATION, RuleRegistry.API_VALIDATION,
      RuleRegistry.SELECTOR_MISMATCH, RuleRegistry.API_REMOVED, RuleRegistry.YAML_SYNTAX, RuleRegistry.DUPLICATE_OBJECT);

  /** The corpus README's edge cases and what dslint reports for them. */
  static final Map<String, String> EDGE_CASES = Map.of(
      "kube-proxy-kube-proxy-ds.yaml", "[37:yaml-syntax, 37:input-error]",
      "weave-daemonset-k8s-1.8.yaml", "[103:api-removed]",
      "gcp-pd-csi-overlay-noauth-debug-node-overlay.yaml", "[5:schema-violation, 16:schema-violation]");

  @Test
  void deployableManifestsPassTheApiChecks() throws IOException {
    Path shared = TestPaths.shared();
    Path root = shared == null ? null : shared.resolve("corpus/realworld");
    Assumptions.assumeTrue(root != null && Files.isDirectory(root), "shared corpus not present");
    Map<String, String> actual = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    int files = 0;
    try (var s = Files.list(root)) {
      for (Path file : s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
        files++;
        FileResult r = new Linter(LintConfig.defaults()).lint(InputSource.file(file.toString(), file));
        List<String> api = new java.util.ArrayList<>();
        for (Finding f : r.findings()) {
          byRule.merge(f.ruleId(), 1, Integer::sum);
          if (API_RULES.contains(f.ruleId())) {
            api.add(f.line() + ":" + f.ruleId());
          }
        }
        r.errors().forEach(e -> api.add(e.line() + ":input-error"));
        if (!api.isEmpty()) {
          actual.put(file.getFileName().toString(), api.toString());
        }
      }
    }
    System.out.println("[realworld corpus] " + files + " files; findings by rule: " + byRule);
    assertEquals(52, files, "corpus files");
    assertEquals(new TreeMap<>(EDGE_CASES), actual);
  }
}
