package io.dslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.rules.custom.CustomRuleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad configuration and custom rule files are data: each {@code # error: TEXT} comment says that
 * a problem containing TEXT is reported at that line, and the problems must be exactly those.
 * Configuration files are under testdata/config/errors (and testdata/config/ok, which must load
 * without a problem), custom rule files under testdata/custom-rules/errors.
 */
class ConfigErrorsTest {
  private static final Pattern ERROR = Pattern.compile("#\\s*error:\\s*(.+?)\\s*$");
  private static final Pattern PROBLEM = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");

  static Stream<Path> configs() throws IOException {
    return files("config/errors", "config/ok");
  }

  static Stream<Path> ruleFiles() throws IOException {
    return files("custom-rules/errors");
  }

  private static Stream<Path> files(String... dirs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      try (Stream<Path> s = Files.list(TestPaths.testdata().resolve(d))) {
        out.addAll(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void configurationProblemsAreReportedWhereTheyAre(Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    try {
      ConfigFile config = ConfigLoader.load(file, file.toString());
      Configuration c = new Configuration(config, Overrides.NONE, file.getParent());
      c.lintConfig(c.loadCustomRules()).build();
    } catch (ConfigException e) {
      problems.addAll(e.problems());
    }
    compare(file, problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void customRuleProblemsAreReportedWhereTheyAre(Path file) throws IOException {
    CustomRuleLoader.Result result = CustomRuleLoader.load(List.of(file), List.of(file.toString()));
    compare(file, result.problems());
    if (result.problems().isEmpty()) {
      assertFalse(result.rules().isEmpty(), file + " defines rules");
    }
  }

  /** Every expected problem at its line, and no other problem. */
  private static void compare(Path file, List<String> problems) throws IOException {
    List<String> expected = new ArrayList<>();
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ERROR.matcher(lines[i]);
      if (m.find()) {
        expected.add((i + 1) + ": " + m.group(1));
      }
    }
    List<String> unmatched = new ArrayList<>(problems);
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      int line = Integer.parseInt(e.substring(0, e.indexOf(':')));
      String text = e.substring(e.indexOf(':') + 2);
      String hit = null;
      for (String p : unmatched) {
        Matcher m = PROBLEM.matcher(p);
        if (m.matches() && Integer.parseInt(m.group(2)) == line && m.group(4).contains(text)) {
          hit = p;
          break;
        }
      }
      if (hit == null) {
        missing.add(e);
      } else {
        unmatched.remove(hit);
      }
    }
    assertEquals(List.of(), missing, () -> "expected problems not reported by " + file + "; reported:\n"
        + String.join("\n", problems));
    assertEquals(List.of(), unmatched, () -> "unexpected problems of " + file);
    for (String p : problems) {
      assertTrue(PROBLEM.matcher(p).matches() && p.startsWith(file.toString()), "FILE:LINE:COLUMN: " + p);
    }
  }
}
