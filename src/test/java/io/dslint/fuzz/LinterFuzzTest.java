package io.dslint.fuzz;

import static io.dslint.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dslint.engine.FileResult;
import io.dslint.engine.LintConfig;
import java.io.IOException;
import java.util.List;

/**
 * The whole pipeline on raw bytes: reading, splitting, loading, the model, every rule (those
 * off by default and Pod Security at level restricted included), as one input. Nothing may
 * escape (bad input becomes findings and input errors), every finding lies inside the file
 * with its own line's text, and the parallel engine gives exactly the sequential result.
 *
 * <p>Schema validation: when the schema stage joins the Linter's pipeline, this target covers it
 * unchanged (it lints through {@code Linter}); add its rule ids' expectations to
 * {@link FuzzSupport#checkResult} if it needs any.
 */
class LinterFuzzTest {
  @FuzzTest
  void lint(byte[] data) throws IOException {
    LintConfig config = data.length % 3 == 0 ? FuzzSupport.DEFAULTS : FuzzSupport.ALL_RULES;
    FileResult sequential = FuzzSupport.lint(config, "in.yaml", data);
    FuzzSupport.checkResult(config, sequential, "in.yaml", data);
    List<FileResult> parallel = FuzzSupport.lintParallel(config, "in.yaml", data, 2);
    check(parallel.size() == 1, "one result per input", parallel.toString());
    check(parallel.get(0).equals(sequential), "parallel result equals the sequential one",
        "\n  sequential: " + sequential + "\n  parallel:   " + parallel.get(0));
  }
}
