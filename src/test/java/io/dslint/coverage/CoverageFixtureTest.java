package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.Project;
import io.dslint.TestPaths;
import io.dslint.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage fixtures under testdata/coverage/CASE/: {@code nodes*.yaml} are the node files,
 * every other *.yaml holds DaemonSets. Two kinds of expectation, both committed beside them:
 * <ul>
 *   <li>the {@code # coverage:} comment on each DaemonSet's name line lists every node it does
 *       not run on, as {@code NODE=VERDICT[check,…]} (the checks of all reasons, in order); it
 *       runs on every node not listed;</li>
 *   <li>{@code expected.txt} is the exact output of {@code dslint coverage} (first line: the exit
 *       code), and {@code NAME.expected.txt} the output with the arguments in {@code NAME.args}
 *       (one per line); {@code expected.json} the json output.</li>
 * </ul>
 * After a deliberate change, regenerate the outputs with
 * {@code mvn test -Dtest=CoverageFixtureTest -Ddslint.updateGoldens=true} and review the diff.
 */
class CoverageFixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("^  name:\\s*(\\S+)");
  private static final Pattern EXPECT = Pattern.compile("#\\s*coverage:(.*)$");
  private static final Pattern VERDICT = Pattern.compile("([^\\s=]+)=([a-z-]+)\\[([^\\]]*)\\]");

  static Path root() {
    return TestPaths.testdata().resolve("coverage");
  }

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("bad-nodes"))
          .sorted().toList().stream();
    }
  }

  /** Each case with each of its argument sets ("" is the plain run). */
  static Stream<Arguments> runs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Path dir : cases().toList()) {
      out.add(Arguments.of(dir.getFileName().toString(), ""));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path args : files.filter(p -> p.toString().endsWith(".args")).sorted().toList()) {
          String name = args.getFileName().toString();
          out.add(Arguments.of(dir.getFileName().toString(), name.substring(0, name.length() - ".args".length())));
        }
      }
    }
    return out.stream();
  }

  private static List<String> nodeFiles(Path dir) throws IOException {
    return yamlFiles(dir, true);
  }

  private static List<String> yamlFiles(Path dir, boolean nodes) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> p.getFileName().toString().startsWith("nodes") == nodes)
          .sorted()
          .map(p -> TestPaths.project().relativize(p).toString())
          .toList();
    }
  }

  private static Cli.Run coverage(Path dir, List<String> extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("coverage"));
    for (String n : nodeFiles(dir)) {
      args.add("--nodes");
      args.add(n);
    }
    args.addAll(extra);
    args.addAll(yamlFiles(dir, false));
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictsMatchTheCoverageComments(Path dir) throws IOException {
    Map<String, Map<String, String>> expected = expectations(dir);
    assertFalse(expected.isEmpty(), "no # coverage: comments in " + dir);
    Cli.Run run = coverage(dir, List.of("-f", "json", "--must-cover", "none"));
    JsonNode report = JSON.readTree(run.out());
    Map<String, Map<String, String>> actual = new TreeMap<>();
    for (JsonNode ds : report.get("daemonSets")) {
      Map<String, String> missed = new TreeMap<>();
      for (JsonNode v : ds.get("nodes")) {
        if (!v.get("verdict").asText().equals("runs")) {
          List<String> checks = new ArrayList<>();
          v.get("reasons").forEach(r -> checks.add(r.get("check").asText()));
          missed.put(v.get("node").asText(), v.get("verdict").asText() + "[" + String.join(",", checks) + "]");
        } else {
          assertEquals(0, v.get("reasons").size(), "a node that runs has no reasons");
        }
      }
      actual.put(ds.get("name").asText(), missed);
    }
    assertEquals(expected, actual, () -> "verdicts of " + dir.getFileName() + "\n" + run.err());
  }

  /** DaemonSet name → (node → "verdict[checks]") from the # coverage: comments. */
  private static Map<String, Map<String, String>> expectations(Path dir) throws IOException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String file : yamlFiles(dir, false)) {
      for (String line : Files.readAllLines(TestPaths.project().resolve(file), StandardCharsets.UTF_8)) {
        Matcher n = NAME.matcher(line);
        Matcher e = EXPECT.matcher(line);
        if (!n.find() || !e.find()) {
          continue;
        }
        Map<String, String> missed = out.computeIfAbsent(n.group(1), k -> new TreeMap<>());
        String rest = e.group(1).strip();
        Matcher v = VERDICT.matcher(rest);
        int consumed = 0;
        while (v.find()) {
          missed.put(v.group(1), v.group(2) + "[" + v.group(3) + "]");
          consumed += v.group().length();
        }
        assertEquals(rest.replace(" ", "").length(), consumed, "unreadable # coverage: comment: " + line);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void outputMatchesExpected(String name, String argsName) throws IOException {
    Path dir = root().resolve(name);
    List<String> extra = argsName.isEmpty() ? List.of()
        : Files.readAllLines(dir.resolve(argsName + ".args"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).toList();
    Cli.Run run = coverage(dir, extra);
    String actual = "exit " + run.exit().code() + "\n" + run.out() + run.err();
    compare(dir.resolve(argsName.isEmpty() ? "expected.txt" : argsName + ".expected.txt"), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonMatchesExpected(Path dir) throws IOException {
    Path golden = dir.resolve("expected.json");
    if (!Files.exists(golden)) {
      return;
    }
    Cli.Run run = coverage(dir, List.of("-f", "json", "--must-cover", "all"));
    compare(golden, run.out().replace(Project.version(), "VERSION"));
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("dslint.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
  }

  @Test
  void everyCaseHasItsExpectedOutput() throws IOException {
    for (Path dir : cases().toList()) {
      assertTrue(Files.exists(dir.resolve("expected.txt")), dir + " has no expected.txt");
      assertFalse(nodeFiles(dir).isEmpty(), dir + " has no nodes*.yaml");
    }
  }
}
