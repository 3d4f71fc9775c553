package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, generated here: each must give one clear error naming the file
 * (and the line where there is one) within seconds, exit code 2, no stack trace, and the good
 * file linted beside them must still be reported.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String GOOD = String.join("\n",
      "apiVersion: apps/v1",
      "kind: DaemonSet",
      "metadata: {name: good}",
      "spec:",
      "  selector: {matchLabels: {app: good}}",
      "  template:",
      "    metadata: {labels: {app: good}}",
      "    spec:",
      "      containers:",
      "        - name: good",
      "          image: registry.example.com/good:1.0.0",
      "          securityContext: {privileged: true}",
      "");

  /** file name → expected 1-based error line (0: no line, the problem is the whole file). */
  private final Map<String, Integer> expectedLines = new LinkedHashMap<>();

  @Test
  void everyHostileInputGetsOneClearErrorAndTheGoodFileIsStillLinted(@TempDir Path dir) throws IOException {
    write(dir, "a-good.yaml", GOOD, -1);
    write(dir, "alias-bomb.yaml", billionLaughs(), 1);
    write(dir, "deep-flow.yaml", "a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n", 1);
    write(dir, "deep-block.yaml", deepBlock(1_000), 1);
    write(dir, "huge-deep-block.yaml", deepBlock(20_000), 1);
    write(dir, "unsafe-tag.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: !!java.io.File [\"/etc/passwd\"]\n", 3);
    write(dir, "python-tag.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: !!python/object/apply:os.system [\"id\"]\n", 4);
    write(dir, "long-line.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  big: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n", 1);
    write(dir, "empty.yaml", "", 1);
    write(dir, "only-separators.yaml", "---\n---\n...\n---\n", 1);
    write(dir, "only-comments.yaml", "# nothing here\n\n# at all\n", 1);
    write(dir, "unclosed.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"open\n", 4);
    writeBytes(dir, "binary.yaml", new byte[] {'a', ':', ' ', 0, 1, 2, (byte) 0xff, '\n'}, 1);
    writeBytes(dir, "latin1.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  name: caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1), 4);
    writeBytes(dir, "utf16.yaml", "\uFEFFapiVersion: v1\n".getBytes(StandardCharsets.UTF_16LE), 1);
    write(dir, "recursive-alias.yaml", "a: &x [1, *x]\n", 1);

    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Cli.run("lint", "-f", "json", "--disable", "all", "--enable", "privileged-container",
            "--enable", "yaml-syntax", dir.toString()));

    assertEquals(ExitCode.INPUT_ERROR, run.exit(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.out().contains("\tat "), "no stack trace");
    JsonNode root = JSON.readTree(run.out());
    Map<String, Integer> errorLines = new LinkedHashMap<>();
    for (JsonNode e : root.get("errors")) {
      String name = Path.of(e.get("file").asText()).getFileName().toString();
      assertFalse(errorLines.containsKey(name), "one error per file: " + name + " in " + root.get("errors"));
      assertFalse(e.get("message").asText().isBlank());
      errorLines.put(name, e.get("line").asInt());
    }
    Map<String, Integer> expected = new LinkedHashMap<>(expectedLines);
    expected.values().removeIf(line -> line < 0);
    assertEquals(expected, errorLines, root.get("errors").toString());
    boolean goodReported = false;
    for (JsonNode f : root.get("findings")) {
      goodReported |= f.get("file").asText().endsWith("a-good.yaml")
          && f.get("ruleId").asText().equals("privileged-container");
    }
    assertTrue(goodReported, "the good file is still linted: " + run.out());
  }

  @Test
  void aliasBombMessageSaysWhatHappened(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.yaml");
    Files.writeString(bomb, billionLaughs());
    Cli.Run run = Cli.run("lint", "-f", "gnu", bomb.toString());
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.out().contains("alias") || run.out().contains("billion"), run.out());
  }

  private void write(Path dir, String name, String content, int line) throws IOException {
    writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8), line);
  }

  private void writeBytes(Path dir, String name, byte[] content, int line) throws IOException {
    Files.write(dir.resolve(name), content);
    expectedLines.put(name, line);
  }

  /** Nine levels of ten aliases each: 10^9 nodes if expanded. */
  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      sb.append('a').append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  private static String deepBlock(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i)).append("k:\n");
    }
    return sb.toString();
  }
}
