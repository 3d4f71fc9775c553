package io.dslint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dslint.TestPaths;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.rules.Severity;
import io.dslint.source.InputSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * kubeconform's and kubeval's schema fixtures (../shared/corpus/kubeconform, optional): dslint,
 * strict and with its default rules, gives the verdict INDEX.tsv gives for strict mode (an
 * error-level finding or an input error = fail), except for the deliberate differences below.
 */
class KubeconformCorpusTest {
  /** Where dslint differs on purpose, and why. */
  static final Map<String, String> DELIBERATE = Map.ofEntries(
      Map.entry("fixtures/blank.yaml", "an empty file is an input error in dslint (exit 2)"),
      Map.entry("fixtures/comment.yaml", "a file with only comments is an input error in dslint (exit 2)"),
      Map.entry("fixtures/missing_kind.yaml", "a mapping with neither apiVersion nor kind is not a Kubernetes"
          + " object and is skipped (Helm values, CI files beside manifests)"),
      Map.entry("fixtures/test_crd.yaml", "a custom resource without a schema is noted (unknown-kind, info),"
          + " not failed"),
      Map.entry("kubeval-fixtures/null_array.yaml", "extensions/v1beta1 Deployment is no longer served (api-removed)"),
      Map.entry("kubeval-fixtures/same-kind-different-api.yaml", "apps/v1beta1 Deployment is no longer served"
          + " (api-removed); in one API group it is also the same object twice"),
      Map.entry("kubeval-fixtures/duplicates-skipped-kinds.yaml", "the pass verdict relies on kubeval's"
          + " --skip-kinds; dslint reports the duplicate (--disable duplicate-object silences it)"),
      Map.entry("kubeval-fixtures/duplicates-with-namespace-default.yaml", "the fail verdict relies on kubeval's"
          + " --default-namespace; dslint does not guess the namespace kubectl defaults to"));

  @Test
  void verdictsMatchIndex() throws IOException {
    Path shared = TestPaths.shared();
    Path root = shared == null ? null : shared.resolve("corpus/kubeconform");
    Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve("INDEX.tsv")), "shared corpus not present");
    Map<String, String> mismatches = new TreeMap<>();
    Map<String, String> table = new TreeMap<>();
    int rows = 0;
    for (String line : Files.readAllLines(root.resolve("INDEX.tsv"))) {
      String[] cells = line.split("\t", -1);
      if (cells[0].equals("path") || cells.length < 8) {
        continue;
      }
      rows++;
      String expected = strictVerdict(cells[6], cells[7]);
      Path file = root.resolve(cells[0]);
      FileResult r = new Linter(LintConfig.defaults()).lint(InputSource.file(cells[0], file));
      String actual = r.errors().isEmpty() && r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)
          ? "pass" : "fail";
      table.put(cells[0], expected + " " + actual + " " + summary(r));
      boolean deliberate = DELIBERATE.containsKey(cells[0]);
      if (expected.equals(actual) == deliberate) {
        mismatches.put(cells[0], "expected " + expected + ", got " + actual + (deliberate ? " (listed as a"
            + " deliberate difference, but agrees)" : "") + ": " + summary(r));
      }
    }
    table.forEach((k, v) -> System.out.println("[kubeconform corpus] " + k + " " + v));
    assertEquals(38, rows, "INDEX.tsv rows");
    assertEquals(Map.of(), mismatches);
  }

  /** The strict-mode verdict: expected_with_flags when it names -strict, else expected_default. */
  static String strictVerdict(String byDefault, String withFlags) {
    if (withFlags.contains("strict") && withFlags.contains("=> fail")) {
      return "fail";
    }
    return byDefault;
  }

  private static String summary(FileResult r) {
    List<String> parts = new ArrayList<>();
    for (Finding f : r.findings()) {
      parts.add(f.line() + ":" + f.ruleId());
    }
    r.errors().forEach(e -> parts.add(e.line() + ":input-error"));
    return parts.toString();
  }
}
