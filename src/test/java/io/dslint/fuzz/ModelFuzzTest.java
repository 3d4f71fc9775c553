package io.dslint.fuzz;

import static io.dslint.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dslint.engine.FileResult;
import io.dslint.engine.LintConfig;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The model builder, every rule and the Pod Security evaluation on mutated DaemonSets
 * ({@link ManifestGenerator}), under several target versions: nothing escapes, every finding lies
 * inside the file with its own line's text, and the parallel engine agrees with the sequential
 * run.
 */
class ModelFuzzTest {
  private static final List<LintConfig> CONFIGS = List.of(
      FuzzSupport.ALL_RULES,
      FuzzSupport.DEFAULTS,
      config(new RuleOptions("1.22", "baseline", "v1.0")),
      config(new RuleOptions("1.25", "restricted", "latest")),
      config(new RuleOptions(RuleOptions.NEWEST_KUBERNETES_VERSION, "restricted", "v1.24")));

  private static LintConfig config(RuleOptions options) {
    return LintConfig.builder().options(options).enableAll(RuleRegistry.ALL_IDS).build();
  }

  @FuzzTest
  void daemonSet(FuzzedDataProvider data) throws IOException {
    LintConfig config = CONFIGS.get(data.consumeInt(0, CONFIGS.size() - 1));
    byte[] yaml = ManifestGenerator.generate(data).getBytes(StandardCharsets.UTF_8);
    FileResult sequential = FuzzSupport.lint(config, "ds.yaml", yaml);
    FuzzSupport.checkResult(config, sequential, "ds.yaml", yaml);
    List<FileResult> parallel = FuzzSupport.lintParallel(config, "ds.yaml", yaml, 2);
    check(parallel.size() == 1 && parallel.get(0).equals(sequential), "parallel result equals the sequential one",
        new String(yaml, StandardCharsets.UTF_8));
  }
}
