package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's coverage examples work as written: each {@code bin/dslint coverage …} command in a
 * sh block prints exactly the text block that follows it.
 */
class ReadmeExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "```sh\\nbin/dslint (coverage [^\\n]+)\\n```\\n\\n```text\\n(.*?)```", Pattern.DOTALL);

  @Test
  void coverageExamplesPrintWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = EXAMPLE.matcher(readme);
    List<String> commands = new ArrayList<>();
    while (m.find()) {
      commands.add(m.group(1));
      Cli.Run run = Cli.run(m.group(1).split(" "));
      assertEquals(m.group(2), run.out(), "README example: bin/dslint " + m.group(1));
    }
    assertTrue(commands.contains("coverage --nodes testdata/examples/coverage/nodes.yaml"
        + " testdata/examples/coverage/fluentd.yaml"), "the seed example is in the README: " + commands);
    assertEquals(3, commands.size(), commands.toString());
  }
}
