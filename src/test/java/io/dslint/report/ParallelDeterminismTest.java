package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.config.Overrides;
import io.dslint.config.RunSetup;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import io.dslint.source.SourceExpander;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel engine gives byte-for-byte the output of a sequential run, also when several
 * runs share the rule instances and caches at the same time.
 */
class ParallelDeterminismTest {
  @Test
  void parallelRunsEqualTheSequentialRun(@TempDir Path dir) throws Exception {
    String base = Files.readString(TestPaths.testdata().resolve("golden/agents.yaml"));
    StringBuilder stream = new StringBuilder();
    for (int f = 0; f < 20; f++) {
      StringBuilder file = new StringBuilder();
      for (int d = 0; d < 15; d++) {
        file.append(base.replace("node-agent", "agent-" + f + "-" + d)).append("\n---\n");
      }
      Files.writeString(dir.resolve(String.format("f%02d.yaml", f)), file);
      stream.append(file);
    }
    List<String> paths = List.of(dir.toString(), TestPaths.testdata().toString());
    LintConfig config = LintConfig.defaults();
    String sequential = run(config, paths, 1);
    assertTrue(sequential.contains("agent-19-14"), "the whole corpus was linted");

    ExecutorService runs = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        parallel.add(runs.submit(() -> run(config, paths, 4)));
      }
      for (Future<String> p : parallel) {
        assertEquals(sequential, p.get());
      }
    } finally {
      runs.shutdownNow();
    }
  }

  /**
   * The same with suppressions of all three kinds, custom rules and a baseline: the per-document
   * suppressor state and the per-file merge of configured suppressions' use are deterministic.
   */
  @Test
  void parallelRunsWithSuppressionsAndBaselineEqualTheSequentialRun(@TempDir Path dir) throws Exception {
    List<String> paths = List.of(TestPaths.testdata().resolve("suppressions").toString(),
        TestPaths.testdata().resolve("rules/suppression-unused").toString(),
        TestPaths.testdata().resolve("examples").toString());
    Path config = TestPaths.testdata().resolve("suppressions/config/dslint.yaml");
    Overrides rulesDir = new Overrides(null, null, List.of(), null, null, null, false, null,
        List.of(TestPaths.testdata().resolve("examples/custom-rules").toString()), List.of(), List.of());
    LintConfig plain = RunSetup.create(config.toString(), false, rulesDir, dir, false).lintConfig();
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, run(plain, List.of(TestPaths.testdata().resolve("examples/legacy").toString()), 1)
        .split("\n\n", 2)[0]);
    Overrides withBaseline = new Overrides(null, null, List.of(), null, null, null, false, baseline.toString(),
        rulesDir.rulesDirs(), List.of(), List.of());
    LintConfig config2 = RunSetup.create(config.toString(), false, withBaseline, dir, true).lintConfig();
    String sequential = run(config2, paths, 1);
    assertTrue(sequential.contains("\"kind\": \"config\"") && sequential.contains("\"kind\": \"comment\"")
        && sequential.contains("\"kind\": \"annotation\"") && sequential.contains("\"kind\": \"baseline\"")
        && sequential.contains("kube-system-node-critical"), "every kind of suppression and a custom rule");
    ExecutorService runs = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        parallel.add(runs.submit(() -> run(config2, paths, 4)));
      }
      for (Future<String> p : parallel) {
        assertEquals(sequential, p.get());
      }
    } finally {
      runs.shutdownNow();
    }
  }

  /** json and SARIF of one run, concatenated. */
  private static String run(LintConfig config, List<String> paths, int threads) throws IOException {
    StringWriter json = new StringWriter();
    StringWriter sarif = new StringWriter();
    List<Reporter> reporters = List.of(
        Reporters.create("json", new ReportContext(json, config.catalog(), config.enabledRuleIds(), "test", false, false, false)),
        Reporters.create("sarif", new ReportContext(sarif, config.catalog(), config.enabledRuleIds(), "test", false, false, false)));
    for (Reporter r : reporters) {
      r.begin();
    }
    SourceExpander.Expansion expansion = new SourceExpander(new ByteArrayInputStream(new byte[0])).expand(paths);
    RunSummary summary = new Linter(config, threads).lintAll(expansion, ResultListener.all(reporters));
    for (Reporter r : reporters) {
      r.end(summary);
    }
    return json + "\n" + sarif;
  }

}
