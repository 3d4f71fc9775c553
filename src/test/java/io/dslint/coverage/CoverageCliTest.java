package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.cli.Cli;
import io.dslint.cli.ExitCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage command's exit codes and options, on the README example. */
class CoverageCliTest {
  private static final String NODES = "testdata/examples/coverage/nodes.yaml";
  private static final String GAP = "testdata/examples/coverage/fluentd.yaml";
  private static final String FIXED = "testdata/examples/coverage/fluentd-fixed.yaml";

  @Test
  void exitCodesFollowFailOnAndSeverity() {
    assertEquals(ExitCode.FINDINGS, Cli.run("coverage", "--nodes", NODES, GAP).exit());
    assertEquals(ExitCode.OK, Cli.run("coverage", "--nodes", NODES, FIXED).exit());
    assertEquals(ExitCode.OK, Cli.run("coverage", "--nodes", NODES, "--fail-on", "none", GAP).exit());
    assertEquals(ExitCode.OK, Cli.run("coverage", "--nodes", NODES, "--must-cover", "none", GAP).exit());
    assertEquals(ExitCode.OK, Cli.run("coverage", "--nodes", NODES, "--must-cover",
        "node-role.kubernetes.io/worker", GAP).exit());
    Cli.Run warning = Cli.run("coverage", "--nodes", NODES, "--severity", "warning", GAP);
    assertEquals(ExitCode.OK, warning.exit());
    assertTrue(warning.out().contains("  16:5  warning  DaemonSet logging/fluentd does not run on 1 of the 4 nodes"),
        warning.out());
    assertEquals(ExitCode.FINDINGS,
        Cli.run("coverage", "--nodes", NODES, "--severity", "warning", "--fail-on", "warning", GAP).exit());
  }

  @Test
  void jsonToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/coverage.json");
    Cli.Run run = Cli.run("coverage", "--nodes", NODES, "-f", "json", "-o", out.toString(), GAP, FIXED);
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertEquals("", run.out());
    JsonNode json = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals("selected", json.get("mustCover").asText());
    assertEquals(4, json.get("nodes").size());
    assertEquals(2, json.get("daemonSets").size());
    assertEquals(3, json.get("daemonSets").get(0).get("runsOn").asInt());
    assertEquals(4, json.get("daemonSets").get(1).get("runsOn").asInt());
    JsonNode finding = json.get("findings").get(0);
    assertEquals("node-coverage-gap", finding.get("ruleId").asText());
    assertEquals("/spec/template/spec/tolerations", finding.get("pointer").asText());
    assertEquals("cp-1", finding.get("properties").get("missedNodes").asText());
    assertEquals(1, json.get("summary").get("findings").get("error").asInt());
  }

  @Test
  void unreadableManifestsAreReportedAndTheRestEvaluated(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: \"x}\n");
    Cli.Run run = Cli.run("coverage", "--nodes", NODES, FIXED, broken.toString(), "missing.yaml");
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.out().contains("DaemonSet logging/fluentd (" + FIXED + ":3): runs on 4 of 4 nodes"), run.out());
    assertTrue(run.out().contains("missing.yaml\n  error  no such file or directory"), run.out());
    assertTrue(run.out().contains(broken + "\n  3:21  error    while scanning a quoted scalar"), run.out());
  }

  @Test
  void noDaemonSets(@TempDir Path dir) throws Exception {
    Path cm = dir.resolve("cm.yaml");
    Files.writeString(cm, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    Cli.Run run = Cli.run("coverage", "--nodes", NODES, cm.toString());
    assertEquals(ExitCode.OK, run.exit());
    assertEquals("No DaemonSet in the given manifests; nothing to place on the 4 nodes.\n\n"
        + "no problems in 1 file: 0 DaemonSets, 1 object\n", run.out());
  }

  @Test
  void helpAndUsage() {
    Cli.Run help = Cli.run("coverage", "--help");
    assertEquals(ExitCode.OK, help.exit());
    assertTrue(help.out().startsWith("usage: dslint coverage --nodes NODES.yaml [OPTIONS] PATH..."), help.out());
    assertTrue(Cli.run("help").out().contains("  coverage --nodes NODES.yaml PATH..."));
  }

  @Test
  void largeClustersReadAsGroups(@TempDir Path dir) throws Exception {
    StringBuilder inventory = new StringBuilder("nodes:\n");
    for (int i = 1; i <= 30; i++) {
      inventory.append("  - {name: cp-").append(i).append(", taints: [\"node-role.kubernetes.io/control-plane:NoSchedule\"]}\n");
    }
    Path nodes = dir.resolve("nodes.yaml");
    Files.writeString(nodes, inventory.toString());
    Cli.Run run = Cli.run("coverage", "--nodes", nodes.toString(), GAP);
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertTrue(run.out().contains("\n  cp-1, cp-2, cp-3, cp-4, cp-5, cp-6, cp-7, cp-8, cp-9, cp-10, cp-11, cp-12, cp-13,"
        + " cp-14, cp-15, cp-16, cp-17, cp-18, cp-19, cp-20 and 10 more: no pod (required: the nodes it selects)\n"),
        run.out());
    assertTrue(run.out().contains("does not run on 30 of the 30 nodes it must cover (the nodes it selects): cp-1, cp-2,"
        + " cp-3, cp-4, cp-5, cp-6, cp-7, cp-8, cp-9, cp-10 and 20 more (no pod: taint"), run.out());
    JsonNode json = new ObjectMapper().readTree(Cli.run("coverage", "--nodes", nodes.toString(), "-f", "json", GAP).out());
    assertEquals(30, json.get("findings").get(0).get("properties").get("missedNodes").asText().split(",").length);
  }
}
