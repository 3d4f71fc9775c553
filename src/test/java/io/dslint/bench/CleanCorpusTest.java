package io.dslint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.cli.Cli;
import io.dslint.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' "clean" corpus must stay clean: its figures measure checking documents that
 * pass every default rule, and a finding crept in would turn them into reporting figures.
 */
class CleanCorpusTest {
  @Test
  void cleanCorpusHasNoFindings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("clean.yaml");
    new CorpusGenerator(42).cleanStream(400, file);
    Cli.Run run = Cli.run("lint", "--no-config", "-f", "gnu", file.toString());
    assertEquals("", run.out(), "findings in the clean corpus");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.err().isEmpty(), run.err());
  }
}
