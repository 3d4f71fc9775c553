package io.dslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dslint.TestPaths;
import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture is the test: every manifest under testdata/ (but examples/, golden/, coverage/ and
 * hostile/, which other tests own) is linted through the whole pipeline, and the exact multiset
 * of (rule, line) pairs must equal its {@code # expect:} comments, and the suppressed ones its
 * {@code # expect-suppressed:} comments. No comment means no finding.
 */
class FixtureTest {
  static Stream<Path> fixtures() throws IOException {
    Path root = TestPaths.testdata();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> SourceExpander.isManifestName(p.getFileName().toString()))
          .filter(p -> !root.relativize(p).startsWith("examples") && !root.relativize(p).startsWith("golden")
              && !root.relativize(p).startsWith("coverage"))
          .filter(p -> !root.relativize(p).startsWith("hostile")) // HostileSuiteTest owns them
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchExpectations(Path path) throws IOException {
    Fixture fixture = Fixture.read(path, TestPaths.testdata());
    FileResult result = new Linter(fixture.config()).lint(InputSource.file(path.toString(), path));
    List<String> actual = new ArrayList<>();
    List<String> suppressed = new ArrayList<>();
    for (Finding f : result.findings()) {
      (f.active() ? actual : suppressed).add(f.ruleId() + "@" + f.line());
    }
    actual.sort(null);
    suppressed.sort(null);
    assertEquals(fixture.expected(), actual, () -> "findings of " + TestPaths.testdata().relativize(path)
        + ":\n" + describe(result));
    assertEquals(fixture.expectedSuppressed(), suppressed, () -> "suppressed findings of "
        + TestPaths.testdata().relativize(path) + ":\n" + describe(result));
    if (!fixture.expectedLevels().isEmpty()) {
      List<String> levels = new ArrayList<>();
      for (PodSecurityResult p : result.podSecurity()) {
        levels.add(p.verdict().level().id());
      }
      assertEquals(fixture.expectedLevels(), levels, () -> "Pod Security levels of "
          + TestPaths.testdata().relativize(path) + ": " + result.podSecurity());
    }
  }

  @Test
  void thereAreFixtures() throws IOException {
    assertFalse(fixtures().toList().isEmpty());
  }

  private static String describe(FileResult result) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : result.findings()) {
      sb.append("  ").append(f.line()).append(':').append(f.column()).append(' ').append(f.ruleId())
          .append(f.active() ? "" : " (suppressed: " + f.suppression().kind().id() + ")")
          .append(": ").append(f.message()).append('\n');
    }
    return sb.toString();
  }
}
