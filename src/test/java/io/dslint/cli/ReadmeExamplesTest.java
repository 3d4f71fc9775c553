package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The README's suppression and custom rule demo shows what the commands print (the baseline
 * demo's sequence is BaselineTest's).
 */
class ReadmeExamplesTest {
  private static String readme() throws IOException {
    return Files.readString(TestPaths.project().resolve("README.md"));
  }

  @Test
  void suppressionDemo() throws IOException {
    Cli.Run run = Cli.run("lint", "testdata/examples/cni-plugin.yaml");
    assertEquals(ExitCode.OK, run.exit());
    assertTrue(readme().contains("```text\n" + run.out() + "```"), run.out());
    assertEquals(ExitCode.FINDINGS, Cli.run("lint", "--no-suppressions", "testdata/examples/cni-plugin.yaml").exit());
  }

  @Test
  void customRuleDemo() throws IOException {
    Cli.Run run = Cli.run("lint", "--rules-dir", "testdata/examples/custom-rules", "testdata/examples/kube-proxy.yaml");
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertTrue(readme().contains("```text\n" + run.out() + "```"), run.out());
    assertEquals(ExitCode.OK, Cli.run("explain", "kube-system-node-critical", "--rules-dir",
        "testdata/examples/custom-rules").exit());
    assertEquals(ExitCode.OK, Cli.run("config", "--config", "testdata/examples/dslint.yaml").exit());
  }
}
