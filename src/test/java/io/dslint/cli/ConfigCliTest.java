package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration file, suppressions and custom rules as users meet them on the command line:
 * `dslint config`, the file found upward, command-line options over it, bad files (exit 2 with
 * file:line, no stack trace), --no-suppressions, suppressed findings in each format.
 */
class ConfigCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CNI = "testdata/examples/cni-plugin.yaml";
  private static final String LOG_AGENT = "testdata/examples/log-agent.yaml";
  private static final String EXAMPLE_CONFIG = "testdata/examples/dslint.yaml";

  private static String read(String path) throws IOException {
    return Files.readString(TestPaths.project().resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void configFileIsFoundUpwardAndPrintedAsEffectiveConfiguration(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/kube-system.yaml"), read("testdata/custom-rules/rules/kube-system.yaml"));
    Files.writeString(dir.resolve(".dslint.yaml"), String.join("\n",
        "fail-on: info",
        "kubernetes-version: \"1.31\"",
        "exclude: [vendor/]",
        "custom-rules: [rules/]",
        "rules:",
        "  missing-cpu-limit: {enabled: false}",
        "  kube-system-node-critical: {severity: warning}",
        "  dangerous-capability:",
        "    parameters:",
        "      additional-capabilities: [SYS_RESOURCE]",
        "suppressions:",
        "  - rules: [host-network]",
        "    namespace: kube-system",
        "    name: \"calico-*\"",
        "    reason: \"CNI: the host's network\"",
        ""));
    Path deep = Files.createDirectories(dir.resolve("a/b"));
    Cli.Run first = Cli.runIn(deep, "", "config", "--fail-on", "warning");
    assertEquals(ExitCode.OK, first.exit(), first.err());
    String yaml = first.out();
    assertTrue(yaml.contains("(from ../../.dslint.yaml, with the command line's options)"), yaml);
    assertTrue(yaml.contains("\nfail-on: warning\n"), "the command line wins: " + yaml);
    assertTrue(yaml.contains("\nkubernetes-version: \"1.31\"\n"), yaml);
    assertTrue(yaml.contains("\n  missing-cpu-limit: {enabled: false, severity: info}\n"), yaml);
    assertTrue(yaml.contains("\n  kube-system-node-critical: {enabled: true, severity: warning}\n"), yaml);
    assertTrue(yaml.contains("NET_RAW, PERFMON, SYSLOG, SYS_ADMIN, SYS_BOOT, SYS_MODULE, SYS_PTRACE, SYS_RAWIO,"
        + " SYS_TIME, SYS_RESOURCE]"), yaml);
    assertTrue(yaml.contains("    reason: \"CNI: the host's network\"\n"), yaml);

    // The printed configuration configures the same run.
    Files.writeString(dir.resolve("printed.yaml"), yaml);
    Cli.Run second = Cli.runIn(deep, "", "config", "--config", dir.resolve("printed.yaml").toString());
    assertEquals(ExitCode.OK, second.exit(), second.err());
    assertEquals(body(yaml), body(second.out()));
  }

  private static String body(String yaml) {
    return yaml.substring(yaml.indexOf('\n') + 1);
  }

  @Test
  void withoutConfigurationFileTheDefaultsArePrinted(@TempDir Path dir) {
    Cli.Run run = Cli.runIn(dir, "", "config");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().contains("(no configuration file, with the command line's options)"), run.out());
    assertTrue(run.out().contains("\nfail-on: error\n") && run.out().contains("\nsuppressions: []\n"), run.out());
    assertEquals(ExitCode.INPUT_ERROR, Cli.runIn(dir, "", "config", "some/path").exit());
  }

  @Test
  void badConfigurationExitsTwoWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".dslint.yaml"), "fail-on: warning\nfial-on: info\nrules:\n  host-network: {severity: high}\n");
    Cli.Run run = Cli.runIn(dir, "", "lint", TestPaths.project().resolve(LOG_AGENT).toString());
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains(".dslint.yaml:2:1: unknown key \"fial-on\" in the configuration"), run.err());
    assertTrue(run.err().contains(".dslint.yaml:4:28: rules.host-network.severity takes error, warning or info,"
        + " not \"high\""), run.err());
    assertTrue(run.err().contains("dslint: the configuration cannot be used (2 problems)"), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());

    // YAML that does not parse, and a duplicate key.
    Files.writeString(dir.resolve("syntax.yaml"), "fail-on: [warning\n");
    Cli.Run syntax = Cli.runIn(dir, "", "config", "--config", dir.resolve("syntax.yaml").toString());
    assertEquals(ExitCode.INPUT_ERROR, syntax.exit());
    assertTrue(syntax.err().matches("(?s).*syntax\\.yaml:1:18: while parsing a flow sequence.*"), syntax.err());
    Files.writeString(dir.resolve("dup.yaml"), "fail-on: warning\nfail-on: info\n");
    Cli.Run dup = Cli.runIn(dir, "", "config", "--config", dir.resolve("dup.yaml").toString());
    assertTrue(dup.err().contains("dup.yaml:2:1: duplicate key \"fail-on\" (first at line 1)"), dup.err());

    // --no-config ignores it; --config names a missing file.
    assertEquals(ExitCode.OK, Cli.runIn(dir, "", "config", "--no-config").exit());
    Cli.Run missing = Cli.run("lint", "--config", "no/such/dslint.yaml", LOG_AGENT);
    assertEquals(ExitCode.INPUT_ERROR, missing.exit());
    assertTrue(missing.err().contains("no/such/dslint.yaml: no such configuration file"), missing.err());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "--config", "x", "--no-config", LOG_AGENT).exit());
  }

  @Test
  void commandLineOverridesTheFile(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "fail-on: none\nrules:\n  privileged-container: {enabled: false}\n");
    String c = config.toString();
    assertEquals(ExitCode.OK, Cli.run("lint", "--config", c, LOG_AGENT).exit());
    Cli.Run enabled = Cli.run("lint", "--config", c, "--enable", "privileged-container", "--fail-on", "error",
        "-f", "gnu", LOG_AGENT);
    assertEquals(ExitCode.FINDINGS, enabled.exit());
    assertTrue(enabled.out().contains("[privileged-container]"), enabled.out());
    Files.writeString(config, "fail-on: warning\nrules:\n  missing-liveness-probe: {severity: info}\n"
        + "  missing-memory-limit: {severity: info}\n  privileged-container: {severity: warning}\n");
    Cli.Run severities = Cli.run("lint", "--config", c, "-f", "gnu", LOG_AGENT);
    assertEquals(ExitCode.FINDINGS, severities.exit());
    assertTrue(severities.out().contains(": warning: container \"shipper\" runs privileged"), severities.out());
    assertEquals(ExitCode.OK, Cli.run("lint", "--config", c, "--fail-on", "error", LOG_AGENT).exit());
  }

  @Test
  void suppressedFindingsStayVisibleWhereTheFormatAllows() throws Exception {
    Cli.Run text = Cli.run("lint", CNI);
    assertEquals(ExitCode.OK, text.exit(), text.out());
    assertEquals("no problems in 1 file: 1 DaemonSet, 1 object; 3 suppressed\n", text.out());
    assertEquals("", Cli.run("lint", "-f", "gnu", CNI).out());
    assertEquals("", Cli.run("lint", "-f", "github", CNI).out());
    assertEquals("[]\n", Cli.run("lint", "-f", "codeclimate", CNI).out());
    assertFalse(Cli.run("lint", "-f", "junit", CNI).out().contains("<failure"));

    JsonNode json = JSON.readTree(Cli.run("lint", "-f", "json", CNI).out());
    assertEquals(3, json.get("findings").size());
    assertEquals(3, json.get("summary").get("suppressed").asInt());
    assertEquals(0, json.get("summary").get("findings").get("error").asInt());
    JsonNode privileged = find(json.get("findings"), "privileged-container");
    assertTrue(privileged.get("suppressed").asBoolean());
    assertEquals("comment", privileged.get("suppression").get("kind").asText());
    assertEquals(47, privileged.get("suppression").get("line").asInt());
    assertTrue(privileged.get("suppression").get("reason").asText().startsWith("loads kernel modules"));
    assertEquals("annotation", find(json.get("findings"), "host-network").get("suppression").get("kind").asText());

    JsonNode sarif = JSON.readTree(Cli.run("lint", "-f", "sarif", CNI).out()).get("runs").get(0).get("results");
    assertEquals(3, sarif.size());
    JsonNode s = find(sarif, "privileged-container").get("suppressions").get(0);
    assertEquals("inSource", s.get("kind").asText());
    assertEquals("accepted", s.get("status").asText());
    assertTrue(s.get("justification").asText().startsWith("loads kernel modules"));
    assertEquals(47, s.get("location").get("physicalLocation").get("region").get("startLine").asInt());
    assertNull(find(sarif, "privileged-container").get("baselineState"), "no baseline, no baselineState");

    // A configured suppression: external, with the configuration file as its location.
    JsonNode external = find(JSON.readTree(Cli.run("lint", "--config", EXAMPLE_CONFIG, "-f", "sarif", LOG_AGENT).out())
        .get("runs").get(0).get("results"), "privileged-container").get("suppressions").get(0);
    assertEquals("external", external.get("kind").asText());
    assertTrue(external.get("justification").asText().startsWith("vendor chart"));
    assertEquals(EXAMPLE_CONFIG, external.get("location").get("physicalLocation").get("artifactLocation").get("uri").asText());
  }

  private static JsonNode find(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.get("ruleId").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " in " + findings);
  }

  @Test
  void noSuppressionsReportsEverything(@TempDir Path dir) throws IOException {
    Cli.Run run = Cli.run("lint", "--no-suppressions", "-f", "gnu", CNI);
    assertEquals(ExitCode.FINDINGS, run.exit());
    assertEquals(3, run.out().strip().split("\n").length, run.out());
    Files.writeString(dir.resolve("c.yaml"), "no-suppressions: true\n");
    assertEquals(ExitCode.FINDINGS, Cli.run("lint", "--config", dir.resolve("c.yaml").toString(), CNI).exit());
    assertEquals(ExitCode.FINDINGS, Cli.run("lint", "--config", EXAMPLE_CONFIG, "--no-suppressions", LOG_AGENT).exit());
  }

  @Test
  void unusedConfiguredSuppressionsAreNotedAfterTheRun() {
    Cli.Run run = Cli.run("lint", "--config", "testdata/suppressions/config/dslint.yaml", CNI);
    assertTrue(run.err().contains("dslint: note: testdata/suppressions/config/dslint.yaml:14:5: suppression of"
        + " run-as-root for DaemonSet never-matches silenced nothing in this run"), run.err());
    assertEquals("", Cli.run("lint", "-q", "--config", "testdata/suppressions/config/dslint.yaml", CNI).err());
  }

  @Test
  void excludesLeaveFilesOut(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("deploy/vendor/chart"));
    Files.writeString(dir.resolve("deploy/agent.yaml"), read(LOG_AGENT));
    Files.writeString(dir.resolve("deploy/vendor/chart/agent.yaml"), read(LOG_AGENT));
    Files.writeString(dir.resolve("deploy/agent.generated.yaml"), read(LOG_AGENT));
    Files.writeString(dir.resolve(".dslint.yaml"), "exclude: [vendor/, \"*.generated.yaml\"]\n");
    Cli.Run run = Cli.runIn(dir, "", "lint", "-f", "json", dir.resolve("deploy").toString());
    List<String> files = new ArrayList<>();
    JSON.readTree(run.out()).get("findings").forEach(f -> {
      if (!files.contains(f.get("file").asText())) {
        files.add(f.get("file").asText());
      }
    });
    assertEquals(List.of(dir.resolve("deploy") + "/agent.yaml"), files);
  }

  @Test
  void customRulesAppearInRulesExplainAndSarif() throws Exception {
    String dir = "testdata/examples/custom-rules";
    Cli.Run rules = Cli.run("rules", "--rules-dir", dir);
    assertTrue(rules.out().matches("(?s).*\nkube-system-node-critical +error +scheduling +DaemonSets in kube-system.*"),
        rules.out());
    assertFalse(Cli.run("rules", "--no-config").out().contains("kube-system-node-critical"));
    assertTrue(Cli.run("rules", "--format", "markdown", "--rules-dir", dir).out()
        .contains("| kube-system-node-critical | error | DaemonSets in kube-system"));
    Cli.Run explain = Cli.run("explain", "kube-system-node-critical", "--rules-dir", dir);
    assertEquals(ExitCode.OK, explain.exit(), explain.err());
    assertTrue(explain.out().contains("defined in testdata/examples/custom-rules/system-node-critical.yaml:2"),
        explain.out());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("explain", "kube-system-node-critical").exit());

    Cli.Run lint = Cli.run("lint", "--rules-dir", dir, "-f", "sarif", "testdata/examples/kube-proxy.yaml");
    assertEquals(ExitCode.FINDINGS, lint.exit());
    JsonNode run = JSON.readTree(lint.out()).get("runs").get(0);
    JsonNode descriptor = null;
    for (JsonNode d : run.get("tool").get("driver").get("rules")) {
      if (d.get("id").asText().equals("kube-system-node-critical")) {
        descriptor = d;
      }
    }
    assertTrue(descriptor != null && descriptor.get("help").get("markdown").asText().contains("Node agents in kube-system"));
    assertNull(descriptor.get("helpUri"), "custom rules have no page in dslint's repository");
    JsonNode result = find(run.get("results"), "kube-system-node-critical");
    assertNull(result.get("suppressions"));
    assertEquals(28, result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
  }

  @Test
  void badCustomRuleFileExitsTwoWithFileAndLine() {
    Cli.Run run = Cli.run("lint", "--rules-dir", "testdata/custom-rules/errors", LOG_AGENT);
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.err().contains("testdata/custom-rules/errors/bad-rules.yaml:4:11: severity must be error,"
        + " warning or info, not \"fatal\""), run.err());
    assertFalse(run.err().contains("valid.yaml"), run.err());
    assertEquals(ExitCode.INPUT_ERROR, Cli.run("lint", "--rules-dir", "no/such/dir", LOG_AGENT).exit());
  }
}
