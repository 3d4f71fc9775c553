package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dslint.TestPaths;
import io.dslint.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SARIF against the OASIS SARIF 2.1.0 schema (read from ../shared when present; skipped
 * otherwise), plus the GitHub code-scanning requirements the schema does not express.
 */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path shared = TestPaths.shared();
    Path file = shared == null ? null : shared.resolve("corpus/schemas/sarif-schema-2.1.0.json");
    if (file != null && Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
      }
    }
  }

  @Test
  void goldenSarifIsValid() throws IOException {
    assertValid(Files.readString(TestPaths.testdata().resolve("golden/agents.sarif")));
  }

  @Test
  void sarifOfEveryFixtureIsValid() throws IOException {
    assertValid(Cli.run("lint", "--fail-on", "none", "-f", "sarif", "testdata").out());
  }

  @Test
  void sarifWithUnreadableInputsIsValid() throws IOException {
    Cli.Run run = Cli.run("lint", "-f", "sarif", "no/such/file.yaml", "testdata/examples");
    JsonNode log = JSON.readTree(run.out());
    JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
    assertEquals(false, invocation.get("executionSuccessful").asBoolean());
    assertEquals(1, invocation.get("toolExecutionNotifications").size());
    assertValid(run.out());
  }

  @Test
  void sarifWithSuppressionsCustomRulesAndBaselineIsValid(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("baseline.json");
    Cli.run("lint", "--config", "testdata/examples/dslint.yaml", "--write-baseline", baseline.toString(),
        "testdata/examples/log-agent.yaml");
    Cli.Run run = Cli.run("lint", "--config", "testdata/examples/dslint.yaml", "--baseline", baseline.toString(),
        "-f", "sarif", "testdata/examples");
    JsonNode results = JSON.readTree(run.out()).get("runs").get(0).get("results");
    int suppressed = 0;
    int unchanged = 0;
    for (JsonNode r : results) {
      assertTrue(r.get("baselineState").asText().matches("new|unchanged"));
      unchanged += r.get("baselineState").asText().equals("unchanged") ? 1 : 0;
      suppressed += r.has("suppressions") ? 1 : 0;
    }
    assertTrue(suppressed >= 4, "inline and configured suppressions");
    assertTrue(unchanged >= 5 && unchanged < results.size(), "log-agent's findings are in the baseline");
    assertValid(run.out());
  }

  @Test
  void resultsMeetGitHubCodeScanningRequirements() throws IOException {
    JsonNode run = JSON.readTree(Cli.run("lint", "-f", "sarif", "testdata/golden/agents.yaml").out()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertEquals(result.get("ruleId").asText(), rules.get(index).get("id").asText());
      assertEquals(1, result.get("locations").size());
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertEquals("testdata/golden/agents.yaml", physical.get("artifactLocation").get("uri").asText());
      assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").asText());
      JsonNode region = physical.get("region");
      assertTrue(region.get("startLine").asInt() > 1, "a real region, not line 1");
      assertTrue(region.get("endColumn").asInt() > region.get("startColumn").asInt()
          || region.get("endLine").asInt() > region.get("startLine").asInt());
      assertTrue(result.get("partialFingerprints").size() > 0);
      if (!result.get("ruleId").asText().equals("yaml-syntax")) {
        assertTrue(result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName")
            .asText().matches("DaemonSet .+/.+"), "object and pointer named");
      }
    }
    for (JsonNode rule : rules) {
      for (String field : List.of("shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration")) {
        assertTrue(rule.has(field), rule.get("id") + " lacks " + field);
      }
      assertTrue(rule.get("help").has("markdown"));
    }
  }

  private static void assertValid(String sarif) throws IOException {
    assumeTrue(schema != null, "../shared/corpus/schemas/sarif-schema-2.1.0.json is not available");
    JsonNode node = JSON.readTree(sarif);
    List<Error> errors = schema.validate(node);
    assertTrue(errors.isEmpty(), () -> "SARIF schema errors: " + errors);
  }
}
