package io.dslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.rules.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    return new Main(new ByteArrayInputStream(new byte[0]), out, err, false).run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textIsTheDefault() {
    assertEquals(ExitCode.OK, run("rules"));
    assertTrue(stdout().lines().anyMatch(l -> l.startsWith("missing-cpu-request ") && l.contains("warning")));
    out.reset();
    assertEquals(ExitCode.OK, run("rules", "--format", "text"));
    assertTrue(stdout().contains("image-latest-tag"));
  }

  @Test
  void markdownIsTheGeneratedCatalog() {
    assertEquals(ExitCode.OK, run("rules", "--format", "markdown"));
    assertEquals(RuleCatalog.builtin().toMarkdown(), stdout());
    out.reset();
    assertEquals(ExitCode.OK, run("rules", "--format=markdown"));
    assertEquals(RuleCatalog.builtin().toMarkdown(), stdout());
  }

  @Test
  void unknownFormatOrArgumentIsAUsageError() {
    assertEquals(ExitCode.INPUT_ERROR, run("rules", "--format", "xml"));
    assertEquals(ExitCode.INPUT_ERROR, run("rules", "extra"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("rules"));
  }
}
