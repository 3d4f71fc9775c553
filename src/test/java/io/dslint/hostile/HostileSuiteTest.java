package io.dslint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.cli.Cli;
import io.dslint.hostile.HostileCases.Case;
import io.dslint.hostile.HostileCases.Prepared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code testdata/hostile/EXPECTED.tsv}, in process: the exit code, exactly the one
 * input error (file, line, message) or none, the findings and counts the row names, and never a
 * stack trace. Then all inputs in one run: every broken one reported once, the good one linted.
 * Time and memory of each case are measured in a JVM of its own by {@link HostileBoundsTest}.
 */
class HostileSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Case> cases() throws IOException {
    return HostileCases.all().stream();
  }

  @Test
  void everyCommittedHostileFileHasARow() throws IOException {
    List<String> rows = HostileCases.all().stream().map(Case::name).toList();
    try (Stream<Path> files = Files.list(HostileCases.directory())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("EXPECTED.tsv")) {
          assertTrue(rows.contains(name), name + " has no row in EXPECTED.tsv");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outcomeIsAsExpected(Case c, @TempDir Path dir) throws IOException {
    Prepared p = HostileCases.prepare(c, dir);
    try {
      assumeTrue(p.skipReason() == null, () -> c.name() + ": " + p.skipReason());
      p.start();
      Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.runWithStdin(
          new String(p.stdin(), StandardCharsets.UTF_8), args(p.paths())));
      check(c, run, p.paths());
    } finally {
      HostileCases.cleanUp(dir);
    }
  }

  /** Every file-based case and a good file in one run: each error case has its errors, the good file its finding. */
  @Test
  void allTogetherEachIsReportedAndTheGoodFileIsLinted(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("0-good.yaml");
    Files.writeString(good, HostileCases.DAEMONSET);
    List<String> paths = new ArrayList<>(List.of(good.toString()));
    Map<String, Case> byPath = new HashMap<>();
    for (Case c : HostileCases.all()) {
      if (c.name().startsWith("fs:") || c.name().equals("gen:many-files")) {
        continue;
      }
      Path caseDir = Files.createDirectories(dir.resolve("case-" + byPath.size()));
      Prepared p = HostileCases.prepare(c, caseDir);
      paths.addAll(p.paths());
      byPath.put(p.paths().get(0), c);
    }
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Cli.run(args(paths)));
    assertEquals(2, run.exit().code(), run.err());
    assertNoStackTrace(run);
    JsonNode root = JSON.readTree(run.out());
    Map<String, Integer> errorsByFile = new HashMap<>();
    for (JsonNode e : root.get("errors")) {
      errorsByFile.merge(e.get("file").asText(), 1, Integer::sum);
    }
    for (Map.Entry<String, Case> e : byPath.entrySet()) {
      Case c = e.getValue();
      int expected = c.expectsError() ? expectedErrors(c) : 0;
      assertEquals(expected, errorsByFile.getOrDefault(e.getKey(), 0), c.name() + ": errors of " + e.getKey());
    }
    boolean goodLinted = false;
    for (JsonNode f : root.get("findings")) {
      goodLinted |= f.get("file").asText().equals(good.toString()) && f.get("ruleId").asText().equals("privileged-container")
          && f.get("line").asInt() == 17;
    }
    assertTrue(goodLinted, "the good file is still linted");
  }

  private static String[] args(List<String> paths) {
    List<String> a = new ArrayList<>(List.of("lint", "-f", "json"));
    a.addAll(paths);
    return a.toArray(String[]::new);
  }

  private static int expectedErrors(Case c) {
    for (String item : c.counts()) {
      Matcher m = HostileCases.count(item);
      if (m.group(1).equals("errors")) {
        return Integer.parseInt(m.group(2));
      }
    }
    return 1;
  }

  static void check(Case c, Cli.Run run, List<String> paths) throws IOException {
    assertNoStackTrace(run);
    assertEquals(c.exit(), run.exit().code(), () -> c.name() + ": exit code; stderr: " + run.err()
        + "\nstdout: " + abbreviate(run.out()));
    JsonNode root = JSON.readTree(run.out());
    JsonNode errors = root.get("errors");
    if (c.expectsError()) {
      int expected = expectedErrors(c);
      assertEquals(expected, errors.size(), () -> c.name() + ": input errors " + abbreviate(errors.toString()));
      JsonNode e = errors.get(0);
      assertEquals(c.line().intValue(), e.get("line").asInt(), () -> c.name() + ": error line of " + e);
      assertTrue(e.get("message").asText().contains(c.message()), () -> c.name() + ": message of " + e);
      String file = e.get("file").asText();
      assertTrue(paths.stream().anyMatch(file::startsWith) || paths.contains(file),
          () -> c.name() + ": the error names the input as given: " + file + " for " + paths);
      for (JsonNode each : errors) {
        assertFalse(each.get("message").asText().isBlank(), c.name());
        assertFalse(each.get("message").asText().contains("Exception"), () -> c.name() + ": " + each);
      }
    } else {
      assertEquals(0, errors.size(), () -> c.name() + ": no input error expected, got " + errors);
    }
    for (JsonNode f : root.get("findings")) {
      assertTrue(f.get("endLine").asInt() > f.get("line").asInt() || (f.get("endLine").asInt() == f.get("line").asInt()
          && f.get("endColumn").asInt() >= f.get("column").asInt()), () -> c.name() + ": range runs backwards: " + f);
    }
    for (String item : c.findings()) {
      Matcher m = HostileCases.finding(item);
      boolean found = false;
      for (JsonNode f : root.get("findings")) {
        found |= f.get("ruleId").asText().equals(m.group(1)) && f.get("line").asInt() == Integer.parseInt(m.group(2));
      }
      assertTrue(found, () -> c.name() + ": finding " + item + " in " + abbreviate(root.get("findings").toString()));
    }
    JsonNode summary = root.get("summary");
    for (String item : c.counts()) {
      Matcher m = HostileCases.count(item);
      int expected = Integer.parseInt(m.group(2));
      int actual = switch (m.group(1)) {
        case "skipped" -> summary.get("nonKubernetesDocuments").asInt();
        case "documents" -> summary.get("documents").asInt();
        case "files" -> summary.get("files").asInt();
        default -> errors.size();
      };
      assertEquals(expected, actual, () -> c.name() + ": " + m.group(1) + " in " + summary);
    }
  }

  static void assertNoStackTrace(Cli.Run run) {
    for (String text : List.of(run.out(), run.err())) {
      assertFalse(text.contains("\tat ") || text.contains("Exception") || text.contains("internal error"),
          () -> "no stack trace or internal error: " + abbreviate(text));
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + " … (" + s.length() + " characters)";
  }
}
