package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dslint.TestPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Pod Security verdicts in every format: a sentence per DaemonSet and a tally in text, a
 * top-level "podSecurity" array and summary counts in json, run properties in SARIF (which must
 * stay valid), and the check id, level and version as properties of every Pod Security finding.
 */
class PodSecurityOutputTest {
  /** The default target: the newest embedded Kubernetes version. */
  private static final String V = io.dslint.rules.RuleOptions.NEWEST_KUBERNETES_VERSION;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> inputs() {
    Path t = TestPaths.testdata().resolve("rules");
    return List.of(
        t.resolve("pod-security-baseline/fail-host-access.yaml").toString(),
        t.resolve("pod-security-baseline/pass-baseline-agent.yaml").toString(),
        t.resolve("pod-security-restricted/pass-restricted-agent.yaml").toString());
  }

  private static String run(String... options) {
    List<String> args = new ArrayList<>(List.of("lint", "--fail-on", "none", "--pss-level", "restricted"));
    args.addAll(List.of(options));
    args.addAll(inputs());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = new Main(InputStream.nullInputStream(), out, err, false).run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, code, () -> err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textSaysTheLevelOfEachDaemonSet() {
    String text = run("--no-color");
    assertTrue(text.contains("DaemonSet kube-system/net-agent: satisfies only privileged (Pod Security v" + V + ");"
        + " baseline blocked by: hostNamespaces, privileged, hostPathVolumes, hostPorts"), text);
    assertTrue(text.contains("DaemonSet monitoring/metrics-agent: satisfies baseline (Pod Security v" + V + ");"
        + " restricted blocked by: allowPrivilegeEscalation, runAsNonRoot, capabilities_restricted"), text);
    assertTrue(text.contains("DaemonSet kube-system/dns-cache: satisfies restricted (Pod Security v" + V + ")\n"), text);
    assertTrue(text.contains("Pod Security: 1 DaemonSet needs privileged, 1 satisfies baseline, 1 satisfies restricted"), text);
  }

  @Test
  void jsonHasVerdictsAndFindingProperties() throws Exception {
    String first = run("-f", "json");
    assertEquals(first, run("-f", "json"), "json output must not change between runs");
    JsonNode root = JSON.readTree(first);
    JsonNode verdicts = root.get("podSecurity");
    assertEquals(3, verdicts.size());
    JsonNode net = verdicts.get(0);
    assertEquals("net-agent", net.at("/object/name").asText());
    assertEquals("privileged", net.get("level").asText());
    assertEquals("baseline", net.get("nextLevel").asText());
    assertEquals("v" + V, net.get("version").asText());
    assertEquals(List.of("hostNamespaces", "privileged", "hostPathVolumes", "hostPorts"), strings(net.get("blockedBy")));
    assertTrue(strings(net.at("/violations/restricted")).contains("runAsNonRoot"));
    assertEquals("restricted", verdicts.get(2).get("level").asText());
    assertTrue(verdicts.get(2).get("nextLevel").isNull());
    assertEquals(1, root.at("/summary/podSecurity/baseline").asInt());
    boolean sawProperties = false;
    for (JsonNode f : root.get("findings")) {
      if (f.get("ruleId").asText().startsWith("pod-security-")) {
        assertFalse(f.at("/properties/psaCheck").asText().isEmpty(), f.toString());
        assertTrue(f.get("message").asText().startsWith(f.at("/properties/psaCheck").asText() + ": "), f.toString());
        assertEquals(f.get("ruleId").asText(), "pod-security-" + f.at("/properties/psaLevel").asText());
        assertEquals("v" + V, f.at("/properties/psaVersion").asText());
        sawProperties = true;
      }
    }
    assertTrue(sawProperties);
  }

  @Test
  void sarifCarriesVerdictsAsRunPropertiesAndStaysValid() throws Exception {
    String sarif = run("-f", "sarif");
    JsonNode root = JSON.readTree(sarif);
    JsonNode verdicts = root.at("/runs/0/properties/podSecurity");
    assertEquals(3, verdicts.size());
    assertEquals("DaemonSet monitoring/metrics-agent", verdicts.get(1).get("object").asText());
    assertEquals("baseline", verdicts.get(1).get("level").asText());
    assertTrue(verdicts.get(1).at("/location/physicalLocation/region/startLine").asInt() > 0);
    assertEquals(1, root.at("/runs/0/properties/podSecurityLevels/restricted").asInt());
    for (JsonNode r : root.at("/runs/0/results")) {
      if (r.get("ruleId").asText().startsWith("pod-security-")) {
        assertFalse(r.at("/properties/psaCheck").asText().isEmpty(), r.toString());
      }
    }
    Path shared = TestPaths.shared();
    Path schemaFile = shared == null ? null : shared.resolve("corpus/schemas/sarif-schema-2.1.0.json");
    if (schemaFile != null && Files.exists(schemaFile)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new ByteArrayInputStream(Files.readAllBytes(schemaFile)));
      List<Error> errors = schema.validate(root);
      assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
