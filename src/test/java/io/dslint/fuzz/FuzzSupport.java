package io.dslint.fuzz;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import io.dslint.report.AllFormats;
import io.dslint.report.Reporter;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import io.dslint.yaml.Range;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the fuzz targets share: linting bytes as a named input, the properties every result must
 * have, and rendering a run in every format. A property that does not hold throws
 * {@link AssertionError}, which Jazzer reports as a finding (and JUnit as a failure when a
 * committed input replays).
 */
final class FuzzSupport {
  /** Every rule, those off by default and both Pod Security levels included. */
  static final LintConfig ALL_RULES = allRules();
  static final LintConfig DEFAULTS = LintConfig.defaults();

  private FuzzSupport() {}

  private static LintConfig allRules() {
    LintConfig.Builder b = LintConfig.builder();
    b.enableAll(RuleRegistry.ALL_IDS);
    return b.podSecurityLevel("restricted").build();
  }

  static InputSource source(String name, byte[] data) {
    return new InputSource(name, null, new ByteArrayInputStream(data));
  }

  /** Lints on the calling thread; nothing may escape. */
  static FileResult lint(LintConfig config, String name, byte[] data) {
    return new Linter(config, 1).lint(source(name, data));
  }

  /** Lints through the parallel engine, as the command line does. */
  static List<FileResult> lintParallel(LintConfig config, String name, byte[] data, int threads)
      throws IOException {
    List<FileResult> results = new ArrayList<>();
    new Linter(config, threads).lintAll(
        new SourceExpander.Expansion(List.of(source(name, data)), List.of()), results::add);
    return results;
  }

  /**
   * The file's lines as YAML numbers them (written independently of LineReader): split at LF,
   * CRLF, lone CR, NEL, LS and PS; a leading BOM dropped.
   */
  static List<String> lines(byte[] data) {
    List<String> lines = new ArrayList<>();
    int from = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF ? 3 : 0;
    int i = from;
    while (i < data.length) {
      int width = 0;
      if (data[i] == '\n') {
        width = 1;
      } else if (data[i] == '\r') {
        width = i + 1 < data.length && data[i + 1] == '\n' ? 2 : 1;
      } else if (data[i] == (byte) 0xC2 && i + 1 < data.length && data[i + 1] == (byte) 0x85) {
        width = 2;
      } else if (data[i] == (byte) 0xE2 && i + 2 < data.length && data[i + 1] == (byte) 0x80
          && (data[i + 2] == (byte) 0xA8 || data[i + 2] == (byte) 0xA9)) {
        width = 3;
      }
      if (width == 0) {
        i++;
        continue;
      }
      lines.add(decode(data, from, i));
      i += width;
      from = i;
    }
    if (from < data.length) {
      lines.add(decode(data, from, data.length));
    }
    return lines;
  }

  /** A line's text, or null when it is not valid UTF-8. */
  private static String decode(byte[] data, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The properties of one input's result: every finding and every positioned error lies inside
   * the file, in order, with a known rule, a message and the text of its own line; an error has
   * its yaml-syntax finding at the same place.
   */
  private static final java.util.Comparator<Finding> FINDING_ORDER = java.util.Comparator.comparingInt(Finding::line)
      .thenComparingInt(Finding::column).thenComparing(Finding::ruleId).thenComparing(Finding::message);

  static void checkResult(LintConfig config, FileResult r, String name, byte[] data) {
    List<String> lines = lines(data);
    int lastLine = Math.max(1, lines.size());
    check(r.file().equals(name), "result names its input", r.file());
    Finding previous = null;
    for (Finding f : r.findings()) {
      Range g = f.range();
      String where = f.ruleId() + " at " + g + ": " + f.message();
      check(config.catalog().contains(f.ruleId()), "known rule", where);
      check(config.isEnabled(f.ruleId()), "only enabled rules report", where);
      check(f.message() != null && !f.message().isBlank(), "a message", where);
      check(f.file().equals(name), "finding names its input", where);
      check(g.startLine() >= 1 && g.startLine() <= lastLine, "start line inside the file (1.." + lastLine + ")", where);
      check(g.startColumn() >= 1, "start column is 1-based", where);
      check(g.endLine() >= g.startLine() && g.endLine() <= lastLine, "end line inside the file", where);
      check(g.endLine() > g.startLine() || g.endColumn() >= g.startColumn(), "range does not end before it starts", where);
      String text = g.startLine() <= lines.size() ? lines.get(g.startLine() - 1) : "";
      if (text != null && !f.sourceLine().isEmpty()) {
        check(f.sourceLine().equals(text), "source line is the text of the finding's line", where
            + "\n  kept:   " + f.sourceLine() + "\n  actual: " + text);
      }
      if (text != null) {
        check(g.startColumn() <= text.codePointCount(0, text.length()) + 1, "start column inside its line", where);
      }
      if (previous != null) {
        // Reporters write findings as they arrive: the engine must deliver them in final order.
        check(FINDING_ORDER.compare(previous, f) <= 0, "findings in order (line, column, rule, message)", where);
      }
      previous = f;
    }
    for (InputError e : r.errors()) {
      String where = e.line() + ":" + e.column() + " " + e.message();
      check(e.file().equals(name), "error names its input", where);
      check(e.message() != null && !e.message().isBlank(), "an error message", where);
      check(!e.message().contains("\n") && !e.message().contains("Exception"), "a one-line message for people", where);
      check(e.line() >= 0 && e.line() <= lastLine, "error line inside the file", where);
      if (e.line() > 0 && config.isEnabled(RuleRegistry.YAML_SYNTAX)) {
        check(r.findings().stream().anyMatch(f -> f.ruleId().equals(RuleRegistry.YAML_SYNTAX)
            && f.line() == e.line() && f.column() == e.column()), "error has its yaml-syntax finding", where);
      }
    }
    check(r.daemonSets() <= r.objects(), "DaemonSets are objects", r.toString());
  }

  /** Every format of one run over {@code results}, by format name. */
  static Map<String, String> render(LintConfig config, List<FileResult> results, String version)
      throws IOException {
    AllFormats formats = new AllFormats(config, version);
    List<Reporter> reporters = formats.reporters();
    RunSummary summary = new RunSummary();
    for (Reporter rep : reporters) {
      rep.begin();
    }
    for (FileResult r : results) {
      summary.add(r);
      for (Reporter rep : reporters) {
        rep.file(r);
      }
    }
    for (Reporter rep : reporters) {
      rep.end(summary);
    }
    return formats.rendered();
  }

  /**
   * Every format of the same run as {@link #render}, but streamed: each input linted on
   * {@code threads} threads (one linter per input, as render's results were made), its results
   * reaching the reporters part by part as the engine delivers them. {@code results} gives the
   * run's totals.
   */
  static Map<String, String> renderStreamed(LintConfig config, List<String> names, List<byte[]> contents,
      List<FileResult> results, int threads, String version) throws IOException {
    AllFormats formats = new AllFormats(config, version);
    List<Reporter> reporters = formats.reporters();
    RunSummary summary = new RunSummary();
    results.forEach(summary::add);
    for (Reporter rep : reporters) {
      rep.begin();
    }
    for (int i = 0; i < names.size(); i++) {
      new Linter(config, threads).lintAll(new SourceExpander.Expansion(
          List.of(source(names.get(i), contents.get(i))), List.of()), ResultListener.all(reporters));
    }
    for (Reporter rep : reporters) {
      rep.end(summary);
    }
    return formats.rendered();
  }

  static void check(boolean condition, String property, String detail) {
    if (!condition) {
      throw new AssertionError(property + ": " + detail);
    }
  }
}
