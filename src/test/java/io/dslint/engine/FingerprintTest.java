package io.dslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dslint.TestPaths;
import io.dslint.source.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprints survive line shifts and unrelated edits, and change with the offending value. */
class FingerprintTest {
  private static final String CLEAN = read();

  private static String read() {
    try {
      return Files.readString(TestPaths.testdata().resolve("clean/hardened-node-agent.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** rule@pointer → fingerprint of each finding. */
  private static Map<String, String> fingerprints(String yaml) {
    FileResult r = new Linter(LintConfig.defaults(), 1).lint(InputSource.stdin(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    Map<String, String> out = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      out.put(f.ruleId() + "@" + f.pointer(), f.fingerprint());
    }
    return out;
  }

  @Test
  void lineShiftsAndUnrelatedEditsKeepFingerprints() {
    String bad = CLEAN.replace("image: registry.example.com/node-agent:2.4.0@sha256:0f3c6b1e8d2a4c5b6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5",
        "image: registry.example.com/node-agent:latest").replace("allowPrivilegeEscalation: false", "privileged: true");
    Map<String, String> before = fingerprints(bad);
    String shifted = "# a new comment\n# and another\n" + bad.replace("requests: {cpu: 50m, memory: 64Mi}",
        "requests: {cpu: 100m, memory: 96Mi}").replace("maxUnavailable: 1", "maxUnavailable: 2");
    assertEquals(before, fingerprints(shifted));
  }

  @Test
  void theOffendingValueIsPartOfTheFingerprint() {
    Map<String, String> latest = fingerprints(CLEAN.replaceAll("image: .*", "image: registry.example.com/agent:latest"));
    Map<String, String> untagged = fingerprints(CLEAN.replaceAll("image: .*", "image: registry.example.com/agent"));
    String key = "image-latest-tag@/spec/template/spec/containers/0/image";
    assertNotEquals(latest.get(key), untagged.get(key));
  }

  @Test
  void secretValuesAreNotFingerprinted() {
    String withSecret = CLEAN.replace("          ports:\n", "          env:\n            - name: DB_PASSWORD\n"
        + "              value: hunter2\n          ports:\n");
    FileResult r = new Linter(LintConfig.defaults(), 1).lint(InputSource.stdin(
        new ByteArrayInputStream(withSecret.getBytes(StandardCharsets.UTF_8))));
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals("env-secret-literal")).findFirst().orElseThrow();
    assertNull(f.value());
    Map<String, String> other = fingerprints(withSecret.replace("hunter2", "correct-horse"));
    assertEquals(f.fingerprint(), other.get("env-secret-literal@" + f.pointer()));
  }
}
