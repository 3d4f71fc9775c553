package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dslint.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The VS Code problem matcher shipped in docs/integrations matches every gnu line, for relative
 * and absolute paths, capturing the file the editor must open.
 */
class IdeMatcherTest {
  @Test
  void problemMatcherCapturesFileLineColumnSeverityAndRule() throws Exception {
    JsonNode tasks = new ObjectMapper().readTree(
        Files.readString(TestPaths.project().resolve("docs/integrations/vscode-tasks.json")));
    JsonNode pattern = tasks.get("tasks").get(0).get("problemMatcher").get("pattern");
    Pattern regexp = Pattern.compile(pattern.get("regexp").asText());
    String relative = "testdata/examples/log-agent.yaml";
    String absolute = TestPaths.project().resolve(relative).toString();
    for (String path : new String[] {relative, absolute}) {
      String out = Cli.run("lint", "-f", "gnu", path).out();
      for (String line : out.strip().split("\n")) {
        Matcher m = regexp.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(path, m.group(pattern.get("file").asInt()));
        assertTrue(Files.exists(Path.of(m.group(pattern.get("file").asInt())).isAbsolute()
            ? Path.of(path) : TestPaths.project().resolve(path)));
        assertTrue(Integer.parseInt(m.group(pattern.get("line").asInt())) > 1);
        assertTrue(m.group(pattern.get("code").asInt()).matches("[a-z0-9-]+"));
      }
    }
  }
}
