package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dslint.Project;
import io.dslint.TestPaths;
import io.dslint.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format's exact output for testdata/golden/agents.yaml, compared with the committed golden
 * file (the tool version is masked). After a deliberate change, regenerate with
 * {@code mvn test -Dtest=ReporterGoldenTest -Ddslint.updateGoldens=true} and review the diff.
 */
class ReporterGoldenTest {
  private static final String INPUT = "testdata/golden/agents.yaml";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "gnu", "json", "sarif", "junit", "github", "codeclimate"})
  void outputMatchesGolden(String format) throws IOException {
    Cli.Run run = Cli.run("lint", "--fail-on", "none", "-f", format, INPUT);
    String actual = run.out().replace(Project.version(), "VERSION");
    Path golden = TestPaths.testdata().resolve("golden/agents." + format);
    if (Boolean.getBoolean("dslint.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /**
   * Suppressed findings where the format shows them (json, SARIF, the text summary) and where it
   * leaves them out (gnu), with the findings about suppressions themselves.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "gnu", "json", "sarif"})
  void suppressionsMatchGolden(String format) throws IOException {
    Cli.Run run = Cli.run("lint", "--fail-on", "none", "--config", "testdata/golden/suppressions.dslint.yaml",
        "--disable", "all", "--enable", "privileged-container,host-network,host-pid,host-ipc,run-as-root,"
            + "suppression-missing-reason,suppression-unused,suppression-misplaced",
        "-f", format, "testdata/golden/suppressions.yaml");
    String actual = run.out().replace(Project.version(), "VERSION");
    Path golden = TestPaths.testdata().resolve("golden/suppressions." + format);
    if (Boolean.getBoolean("dslint.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
