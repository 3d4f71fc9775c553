package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.SourceExpander;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A larger generated corpus (every rule's DaemonSets varied, broken and hostile files, Lists,
 * Helm-rendered streams, files of many documents) through every format with every rule and Pod
 * Security at level restricted: many concurrent runs on several threads, streaming results to
 * the reporters document by document, each give exactly the bytes of one sequential run that
 * hands the reporters whole files (as dslint did before it streamed).
 */
class ParallelCorpusDeterminismTest {
  private static final String[] BASES = {"agents.yaml", "hardened.yaml", "log-agent.yaml", "windows.yaml",
      "list.yaml", "pss.yaml"};

  @Test
  void everyFormatIsTheSameInEveryParallelRun(@TempDir Path dir) throws Exception {
    generate(dir);
    List<String> paths = List.of(dir.toString(), TestPaths.testdata().resolve("hostile").toString(),
        TestPaths.testdata().resolve("rules").toString());
    LintConfig config = LintConfig.builder().enableAll(RuleRegistry.ALL_IDS).podSecurityLevel("restricted").build();
    Map<String, String> sequential = run(config, paths, 1, false);
    assertTrue(sequential.get("json").contains("variant-39-"), "the generated corpus was linted");

    ExecutorService runs = Executors.newFixedThreadPool(3);
    try {
      List<Future<Map<String, String>>> parallel = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int threads = 2 + i % 3;
        parallel.add(runs.submit(() -> run(config, paths, threads, true)));
      }
      for (Future<Map<String, String>> p : parallel) {
        Map<String, String> other = p.get();
        for (String format : Reporters.FORMATS) {
          assertEquals(sequential.get(format), other.get(format), format + " differs from the sequential run");
        }
      }
    } finally {
      runs.shutdownNow();
    }
  }

  /** 40 files of 1–12 documents each, from the fuzz bases with seeded variations. */
  private static void generate(Path dir) throws IOException {
    List<String> bases = new ArrayList<>();
    for (String name : BASES) {
      try (InputStream in = ParallelCorpusDeterminismTest.class.getResourceAsStream("/io/dslint/fuzz/bases/" + name)) {
        bases.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Random random = new Random(42);
    String[] breakers = {"\n  broken: \"unterminated\n", "\nkind: [oops]\n", "\n\tindented: tab\n", "\n!!java.net.URL [x]\n", ""};
    for (int f = 0; f < 40; f++) {
      StringBuilder file = new StringBuilder();
      if (f % 5 == 0) {
        file.append("# Source: chart/templates/ds-").append(f).append(".yaml\n");
      }
      int documents = 1 + random.nextInt(12);
      for (int d = 0; d < documents; d++) {
        String base = bases.get(random.nextInt(bases.size()));
        base = base.replaceAll("name: ([a-z-]+)\n", "name: variant-" + f + "-" + d + "-$1\n");
        if (random.nextInt(4) == 0) {
          base = base.replace("privileged: true", "privileged: false").replace("readOnly: true", "readOnly: false");
        }
        if (random.nextInt(6) == 0) {
          base = base + breakers[random.nextInt(breakers.length)];
        }
        file.append(d == 0 ? "" : "\n---\n").append(base);
      }
      String name = String.format("f%02d.%s", f, f % 7 == 0 ? "yml" : "yaml");
      Files.writeString(dir.resolve(name), f % 9 == 0 ? file.toString().replace("\n", "\r\n") : file.toString());
    }
  }

  /** Every format of one run, by name; {@code streaming}: part by part, else whole files. */
  private static Map<String, String> run(LintConfig config, List<String> paths, int threads, boolean streaming)
      throws IOException {
    AllFormats formats = new AllFormats(config, "test");
    List<Reporter> reporters = formats.reporters();
    for (Reporter r : reporters) {
      r.begin();
    }
    SourceExpander.Expansion expansion = new SourceExpander(new ByteArrayInputStream(new byte[0])).expand(paths);
    Linter linter = new Linter(config, threads);
    RunSummary summary = streaming ? linter.lintAll(expansion, ResultListener.all(reporters))
        : linter.lintAll(expansion, result -> {
          for (Reporter r : reporters) {
            r.file(result);
          }
        });
    for (Reporter r : reporters) {
      r.end(summary);
    }
    return formats.rendered();
  }
}
