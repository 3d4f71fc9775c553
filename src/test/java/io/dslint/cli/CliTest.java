package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and scripts meet it: output, exit codes, option handling. */
class CliTest {
  private static final String EXAMPLE = "testdata/examples/log-agent.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A DaemonSet every default rule accepts, and the same with one privileged container. */
  private static final String CLEAN = read("testdata/clean/hardened-node-agent.yaml");
  private static final String PRIVILEGED =
      CLEAN.replace("allowPrivilegeEscalation: false", "privileged: true");
  private static final int PRIVILEGED_LINE = lineOf(PRIVILEGED, "privileged: true");

  private static String read(String path) {
    try {
      return Files.readString(TestPaths.project().resolve(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(needle);
  }

  @Test
  void gnuFormatPointsAtThePrivilegedKey() {
    Cli.Run run = Cli.runWithStdin(PRIVILEGED, "lint", "--disable", "all", "--enable", "privileged-container",
        "-f", "gnu", "-");
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertTrue(run.out().matches("(?s)<stdin>:" + PRIVILEGED_LINE
        + ":13: error: container \"agent\" runs privileged: .* \\[privileged-container\\]\n"), run.out());
    assertTrue(run.out().strip().matches(
        "^(.+):(\\d+):(\\d+):\\s+(error|warning|info):\\s+(.*)\\s+\\[([a-z0-9-]+)\\]$"), "contract matcher");
  }

  @Test
  void jsonFormatHasPositionPointerAndObject() throws Exception {
    Cli.Run run = Cli.runWithStdin(PRIVILEGED, "lint", "-f", "json", "-");
    JsonNode root = JSON.readTree(run.out());
    JsonNode f = root.get("findings").get(0);
    assertEquals("privileged-container", f.get("ruleId").asText());
    assertEquals(PRIVILEGED_LINE, f.get("line").asInt());
    assertEquals(13, f.get("column").asInt());
    assertEquals(PRIVILEGED_LINE, f.get("endLine").asInt());
    assertEquals(29, f.get("endColumn").asInt());
    assertEquals("/spec/template/spec/containers/0/securityContext/privileged", f.get("pointer").asText());
    assertEquals("DaemonSet", f.get("object").get("kind").asText());
    assertEquals("monitoring", f.get("object").get("namespace").asText());
    assertEquals("node-agent", f.get("object").get("name").asText());
    assertEquals(0, f.get("object").get("document").asInt());
    assertFalse(f.get("suppressed").asBoolean());
    assertEquals(1, root.get("summary").get("findings").get("error").asInt());
    assertEquals(1, root.get("summary").get("daemonSets").asInt());
  }

  @Test
  void cleanInputExitsZero() {
    Cli.Run run = Cli.runWithStdin(CLEAN, "lint", "-");
    assertEquals(ExitCode.OK, run.exit(), run.out());
    assertTrue(run.out().contains("no problems"), run.out());
  }

  @Test
  void failOnControlsTheExitCode() {
    assertEquals(ExitCode.FINDINGS, Cli.run("lint", EXAMPLE).exit());
    assertEquals(ExitCode.OK, Cli.run("lint", "--fail-on", "none", EXAMPLE).exit());
    // The example has one error (privileged) and warnings: --disable the error, warnings remain.
    assertEquals(ExitCode.OK, Cli.run("lint", "--disable", "privileged-container", EXAMPLE).exit());
    assertEquals(ExitCode.FINDINGS,
        Cli.run("lint", "--disable", "privileged-container", "--fail-on", "warning", EXAMPLE).exit());
  }

  @Test
  void multiDocumentStdinKeepsDocumentIndexes() throws Exception {
    String other = PRIVILEGED.replace("\n  name: node-agent\n", "\n  name: other-agent\n");
    String stream = "# a comment\n---\n" + CLEAN + "---\n" + other;
    Cli.Run run = Cli.runWithStdin(stream, "lint", "-f", "json", "-");
    JsonNode f = JSON.readTree(run.out()).get("findings").get(0);
    assertEquals(1, f.get("object").get("document").asInt());
    int cleanLines = CLEAN.split("\n", -1).length - 1;
    assertEquals(2 + cleanLines + 1 + PRIVILEGED_LINE, f.get("line").asInt()); // comment, ---, CLEAN, ---
    assertEquals("<stdin>", f.get("file").asText());
  }

  @Test
  void formatsCanBeWrittenToFilesInOneRun(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("out/report.sarif");
    Path json = dir.resolve("report.json");
    Cli.Run run = Cli.run("lint", "-f", "sarif", "-o", sarif.toString(), "-f", "json", "-o", json.toString(),
        "-f", "gnu", EXAMPLE);
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertTrue(run.out().contains("[privileged-container]"), "gnu on stdout");
    assertEquals("2.1.0", JSON.readTree(Files.readString(sarif)).get("version").asText());
    assertEquals(run.out().strip().split("\n").length, JSON.readTree(Files.readString(json)).get("findings").size(),
        "the same findings in every format");
  }

  @Test
  void usageErrorsExitTwoWithAMessage() {
    Cli.Run noPaths = Cli.run("lint");
    assertEquals(ExitCode.INPUT_ERROR, noPaths.exit());
    assertTrue(noPaths.err().contains("no paths given"), noPaths.err());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "-f", "xml", EXAMPLE).exit());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "--fail-on", "fatal", EXAMPLE).exit());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "--enable", "no-such-rule", EXAMPLE).exit());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "--bogus", EXAMPLE).exit());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "-f", "json", "-f", "gnu", EXAMPLE).exit());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("frobnicate").exit());
    Cli.Run none = Cli.run();
    assertEquals(ExitCode.INPUT_ERROR, none.exit());
    assertTrue(none.err().contains("Usage"));
  }

  @Test
  void missingPathIsReportedAndOthersStillLinted() {
    Cli.Run run = Cli.run("lint", "-f", "gnu", "does/not/exist.yaml", EXAMPLE);
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.out().contains("does/not/exist.yaml: error: no such file or directory"), run.out());
    assertTrue(run.out().contains("[privileged-container]"), run.out());
  }

  @Test
  void directoriesAreWalkedInSortedOrder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/z.yaml"), PRIVILEGED, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.yml"), PRIVILEGED, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not yaml", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("values.yaml"), "replicaCount: 2\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("lint", "-f", "gnu", "--disable", "all", "--enable", "privileged-container",
        dir.toString());
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(lines[0].startsWith(dir + "/a.yml:" + PRIVILEGED_LINE + ":13:"), lines[0]);
    assertTrue(lines[1].startsWith(dir + "/b/z.yaml:" + PRIVILEGED_LINE + ":13:"), lines[1]);
  }

  @Test
  void outputIsDeterministic() {
    String first = Cli.run("lint", "-f", "sarif", "testdata").out();
    String second = Cli.run("lint", "-f", "sarif", "testdata").out();
    assertEquals(first, second);
    assertFalse(first.isEmpty());
  }

  @Test
  void helmTemplateOutputNamesTheTemplate() throws Exception {
    String rendered = "---\n# Source: agent/templates/daemonset.yaml\n" + PRIVILEGED;
    Cli.Run json = Cli.runWithStdin(rendered, "lint", "-f", "json", "--disable", "all",
        "--enable", "privileged-container", "-");
    JsonNode f = JSON.readTree(json.out()).get("findings").get(0);
    assertEquals("agent/templates/daemonset.yaml", f.get("origin").asText());
    assertEquals(2 + PRIVILEGED_LINE, f.get("line").asInt(), "the line in the rendered stream is kept");
    Cli.Run gnu = Cli.runWithStdin(rendered, "lint", "-f", "gnu", "-");
    assertTrue(gnu.out().contains("(rendered from agent/templates/daemonset.yaml) [privileged-container]"), gnu.out());
  }

  @Test
  void rulesExplainAndVersion() {
    Cli.Run rules = Cli.run("rules");
    assertEquals(ExitCode.OK, rules.exit());
    assertTrue(rules.out().contains("privileged-container"), rules.out());
    Cli.Run explain = Cli.run("explain", "privileged-container");
    assertEquals(ExitCode.OK, explain.exit());
    assertTrue(explain.out().contains("## Why") && explain.out().contains("## Fix"), explain.out());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("explain", "nope").exit());
    Cli.Run version = Cli.run("version");
    assertTrue(version.out().startsWith("dslint "), version.out());
  }

  @Test
  void helpExitsZero() {
    Cli.Run help = Cli.run("lint", "--help");
    assertEquals(ExitCode.OK, help.exit());
    assertTrue(help.out().contains("--fail-on"), help.out());
  }

  @Test
  void projectDirIsTheWorkingDirectory() {
    assertTrue(Files.exists(TestPaths.project().resolve(EXAMPLE)));
  }
}
