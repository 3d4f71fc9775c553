package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.cli.Cli;
import io.dslint.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad node files stop the coverage command with exit code 2 and an error per problem, with file,
 * line and column: each file under testdata/coverage/bad-nodes/ lists the errors it must give in
 * {@code # error: LINE:COLUMN: MESSAGE} comments, in order. Nothing is written to stdout.
 */
class NodeFileErrorsTest {
  private static final String DAEMONSET = "testdata/coverage/bad-nodes/daemonset.yaml";

  static Stream<String> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(TestPaths.testdata().resolve("coverage/bad-nodes"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") && !n.equals("daemonset.yaml"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void errorsHaveFileLineAndColumn(String name) throws IOException {
    String file = "testdata/coverage/bad-nodes/" + name;
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(TestPaths.project().resolve(file), StandardCharsets.UTF_8)) {
      if (line.startsWith("# error: ")) {
        expected.add("dslint: " + file + ":" + line.substring("# error: ".length()));
      }
    }
    assertFalse(expected.isEmpty(), "no # error: comment in " + file);
    expected.add("dslint: coverage needs a correct node list; fix the node file" + (expected.size() > 1 ? "s" : "")
        + " first");
    Cli.Run run = Cli.run("coverage", "--nodes", file, DAEMONSET);
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertEquals("", run.out());
    assertEquals(String.join("\n", expected) + "\n", run.err());
  }

  @Test
  void missingNodeFile() {
    Cli.Run run = Cli.run("coverage", "--nodes", "testdata/coverage/no-such-nodes.yaml", DAEMONSET);
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertEquals("dslint: testdata/coverage/no-such-nodes.yaml: no such file or directory\n"
        + "dslint: coverage needs a correct node list; fix the node file first\n", run.err());
  }

  @Test
  void anEmptyListIsNoNodes(@TempDir Path dir) throws IOException {
    Path nodes = dir.resolve("nodes.yaml");
    Files.writeString(nodes, "apiVersion: v1\nkind: List\nitems: []\n");
    Cli.Run run = Cli.run("coverage", "--nodes", nodes.toString(), DAEMONSET);
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.err().startsWith("dslint: the node files define no nodes\n"), run.err());
  }

  @Test
  void nodesFromStandardInput() {
    String nodes = "nodes:\n  - name: a\n  - name: b\n";
    Cli.Run run = Cli.runWithStdin(nodes, "coverage", "--nodes", "-", "-f", "json", DAEMONSET);
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().contains("\"runsOn\": 2"), run.out());
  }

  @Test
  void usageErrors() {
    assertUsage(Cli.run("coverage", DAEMONSET), "dslint: coverage needs --nodes FILE");
    assertUsage(Cli.run("coverage", "--nodes", "n.yaml"), "dslint: no manifests given");
    assertUsage(Cli.run("coverage", "--nodes", "-", "-"), "dslint: standard input can hold the nodes or the"
        + " manifests, not both");
    assertUsage(Cli.run("coverage", "--nodes", "n.yaml", "-f", "sarif", DAEMONSET),
        "dslint: unknown coverage format \"sarif\" (use table or json)");
    assertUsage(Cli.run("coverage", "--nodes", "n.yaml", "--must-cover", "tier in edge", DAEMONSET),
        "dslint: --must-cover \"tier in edge\": \"tier in edge\": values go in parentheses");
    assertUsage(Cli.run("coverage", "--nodes", "n.yaml", "--severity", "fatal", DAEMONSET),
        "dslint: --severity takes error, warning or info, not \"fatal\"");
    assertUsage(Cli.run("coverage", "--nodes", "n.yaml", "--fail-on", "sometimes", DAEMONSET),
        "dslint: --fail-on takes error, warning, info or none");
  }

  private static void assertUsage(Cli.Run run, String start) {
    assertEquals(ExitCode.INPUT_ERROR, run.exit());
    assertTrue(run.err().startsWith(start), run.err());
    assertEquals("", run.out());
  }
}
