package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --kubernetes-version, --no-strict, --schema-location on the command line. */
class SchemaOptionsCliTest {
  private static final String DS = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        replicas: 1
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec:
            containers:
              - name: agent
                image: registry.example.com/agent:1.0.0
      """;

  @TempDir
  Path dir;

  record Run(ExitCode code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = new Main(new ByteArrayInputStream(DS.getBytes(StandardCharsets.UTF_8)), out, err, false).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void strictByDefaultAndRelaxedOnRequest() {
    Run strict = run("lint", "-f", "gnu", "--disable", "all", "--enable", "schema-violation", "-");
    assertEquals(ExitCode.FINDINGS, strict.code());
    assertTrue(strict.out().contains("spec.replicas: unknown field \"replicas\""), strict.out());
    Run relaxed = run("lint", "-f", "gnu", "--no-strict", "--disable", "all", "--enable", "schema-violation", "-");
    assertEquals(ExitCode.OK, relaxed.code(), relaxed.out());
  }

  @Test
  void versionsWithoutClientReleaseWarn() {
    Run r = run("lint", "--kubernetes-version", "1.29", "--disable", "all", "--enable", "api-removed", "-");
    assertEquals(ExitCode.OK, r.code());
    assertTrue(r.err().contains("warning: no schemas are embedded for Kubernetes 1.29") && r.err().contains("1.30"), r.err());
  }

  @Test
  void unsupportedVersionsAreUsageErrors() {
    Run r = run("lint", "--kubernetes-version", "1.19", "-");
    assertEquals(ExitCode.INPUT_ERROR, r.code());
    assertTrue(r.err().contains("Kubernetes 1.19 is not supported") && r.err().contains("nearest is 1.25"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void schemaLocationMustBeAFolder() throws Exception {
    Run missing = run("lint", "--schema-location", dir.resolve("nope").toString(), "-");
    assertEquals(ExitCode.INPUT_ERROR, missing.code());
    assertTrue(missing.err().contains("is not a directory"), missing.err());
    Path loc = dir.resolve("schemas");
    Files.createDirectories(loc);
    Files.writeString(loc.resolve("daemonset-apps-v1.json"), "{\"type\": \"object\"}");
    Run custom = run("lint", "-f", "gnu", "--schema-location", loc.toString(), "--disable", "all", "--enable",
        "schema-violation", "-");
    assertEquals(ExitCode.OK, custom.code(), custom.out());
  }
}
