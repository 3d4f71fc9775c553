package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting dslint on an existing repository with a baseline, as the README shows it: write the
 * baseline, the next run reports nothing new, an edit that adds a problem (and shifts every line
 * below it) reports only that problem; json and SARIF baselines; bad baseline files.
 */
class BaselineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path corpus(Path dir) throws IOException {
    Path legacy = Files.createDirectories(dir.resolve("legacy"));
    try (Stream<Path> files = Files.list(TestPaths.testdata().resolve("examples/legacy"))) {
      for (Path f : files.toList()) {
        Files.copy(f, legacy.resolve(f.getFileName()));
      }
    }
    return legacy;
  }

  @Test
  void baselineReportsOnlyNewFindings(@TempDir Path dir) throws Exception {
    Path legacy = corpus(dir);
    String baseline = dir.resolve("baseline.json").toString();
    Cli.Run write = Cli.run("lint", "--write-baseline", baseline, "-f", "gnu", legacy.toString());
    assertEquals(ExitCode.OK, write.exit(), "writing a baseline accepts the findings");
    int total = write.out().strip().split("\n").length;
    assertTrue(total > 20, write.out());
    assertTrue(write.err().contains("dslint: wrote " + total + " findings to " + baseline), write.err());
    assertEquals(total, JSON.readTree(Files.readString(Path.of(baseline))).get("findings").size());

    Cli.Run again = Cli.run("lint", "--baseline", baseline, "--fail-on", "info", legacy.toString());
    assertEquals(ExitCode.OK, again.exit(), again.out());
    assertEquals("no problems in 2 files: 2 DaemonSets, 2 objects; " + total + " in the baseline\n", again.out());

    // An edit that shifts every line and adds one problem.
    Path exporter = legacy.resolve("node-exporter.yaml");
    Files.writeString(exporter, "# edited\n# twice\n" + Files.readString(exporter)
        .replace("      hostPID: true\n", "      hostPID: true\n      hostIPC: true\n"));
    Cli.Run edited = Cli.run("lint", "--baseline", baseline, "--fail-on", "warning", "-f", "gnu", legacy.toString());
    assertEquals(ExitCode.FINDINGS, edited.exit());
    assertEquals(exporter + ":18:7: warning: the pod sets hostIPC: true and so shares the node's IPC namespace:"
        + " shared memory and message queues of every process on the node [host-ipc]\n", edited.out());

    JsonNode sarif = JSON.readTree(Cli.run("lint", "--baseline", baseline, "-f", "sarif", legacy.toString()).out());
    List<String> states = new ArrayList<>();
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      states.add(r.get("ruleId").asText() + ":" + r.get("baselineState").asText());
    }
    assertEquals(total + 1, states.size());
    assertEquals(List.of("host-ipc:new"), states.stream().filter(s -> s.endsWith(":new")).toList());

    JsonNode json = JSON.readTree(Cli.run("lint", "--baseline", baseline, "-f", "json", legacy.toString()).out());
    assertEquals(total, json.get("summary").get("baseline").asInt());
    int baselined = 0;
    for (JsonNode f : json.get("findings")) {
      if (f.get("suppressed").asBoolean()) {
        assertEquals("baseline", f.get("suppression").get("kind").asText());
        baselined++;
      }
    }
    assertEquals(total, baselined);
  }

  @Test
  void sarifResultsServeAsBaselineToo(@TempDir Path dir) throws Exception {
    Path legacy = corpus(dir);
    Path sarif = dir.resolve("before.sarif");
    Cli.run("lint", "-f", "sarif", "-o", sarif.toString(), legacy.toString());
    Cli.Run run = Cli.run("lint", "--baseline", sarif.toString(), "--fail-on", "info", legacy.toString());
    assertEquals(ExitCode.OK, run.exit(), run.out());
    assertTrue(run.out().startsWith("no problems in 2 files"), run.out());
  }

  @Test
  void equalFindingsMatchOnceAndFilesMayMove(@TempDir Path dir) throws Exception {
    Path legacy = corpus(dir);
    String baseline = dir.resolve("b.json").toString();
    Cli.run("lint", "--write-baseline", baseline, legacy.toString());
    // A copy of a file: its findings are all new (each baseline finding matches once).
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    Files.copy(legacy.resolve("fluent-bit.yaml"), copy.resolve("fluent-bit.yaml"));
    Cli.Run both = Cli.run("lint", "--baseline", baseline, "--fail-on", "none", "-f", "json",
        legacy.toString(), copy.toString());
    JsonNode findings = JSON.readTree(both.out()).get("findings");
    int active = 0;
    for (JsonNode f : findings) {
      if (!f.get("suppressed").asBoolean()) {
        active++;
        assertEquals(copy + "/fluent-bit.yaml", f.get("file").asText());
      }
    }
    assertTrue(active > 5, both.out());
    // A renamed file: not an input of the run under its old name, so its findings still match.
    Files.move(legacy.resolve("fluent-bit.yaml"), legacy.resolve("log-shipper.yaml"));
    Cli.Run renamed = Cli.run("lint", "--baseline", baseline, "--fail-on", "info", legacy.toString());
    assertEquals(ExitCode.OK, renamed.exit(), renamed.out());
  }

  @Test
  void configurationNamesTheBaseline(@TempDir Path dir) throws Exception {
    Path legacy = corpus(dir);
    Cli.run("lint", "--write-baseline", dir.resolve("baseline.json").toString(), legacy.toString());
    Files.writeString(dir.resolve(".dslint.yaml"), "baseline: baseline.json\nfail-on: info\n");
    assertEquals(ExitCode.OK, Cli.runIn(dir, "", "lint", legacy.toString()).exit());
    // --write-baseline does not read the baseline: a missing file is no error then.
    Files.writeString(dir.resolve(".dslint.yaml"), "baseline: missing.json\n");
    assertEquals(ExitCode.INPUT_ERROR, Cli.runIn(dir, "", "lint", legacy.toString()).exit());
    assertEquals(ExitCode.OK, Cli.runIn(dir, "", "lint", "--write-baseline",
        dir.resolve("missing.json").toString(), legacy.toString()).exit());
  }

  @Test
  void badBaselinesExitTwo(@TempDir Path dir) throws IOException {
    String example = "testdata/examples/log-agent.yaml";
    Cli.Run missing = Cli.run("lint", "--baseline", dir.resolve("none.json").toString(), example);
    assertEquals(ExitCode.INPUT_ERROR, missing.exit());
    assertTrue(missing.err().contains("cannot read baseline"), missing.err());
    Path garbage = dir.resolve("garbage.json");
    Files.writeString(garbage, "{\"findings\": [\n  {\"ruleId\": \"x\",,}\n]}", StandardCharsets.UTF_8);
    Cli.Run bad = Cli.run("lint", "--baseline", garbage.toString(), example);
    assertEquals(ExitCode.INPUT_ERROR, bad.exit());
    assertTrue(bad.err().contains(garbage + ":2:"), bad.err());
    Path old = dir.resolve("old.json");
    Files.writeString(old, "{\"findings\": [{\"ruleId\": \"x\", \"file\": \"a.yaml\"}]}");
    Cli.Run noFingerprints = Cli.run("lint", "--baseline", old.toString(), example);
    assertEquals(ExitCode.INPUT_ERROR, noFingerprints.exit());
    assertTrue(noFingerprints.err().contains("without a dslintFingerprint/v2 fingerprint"), noFingerprints.err());
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"version\": 1}");
    assertTrue(Cli.run("lint", "--baseline", other.toString(), example).err().contains("not a dslint json or SARIF result"));
  }
}
