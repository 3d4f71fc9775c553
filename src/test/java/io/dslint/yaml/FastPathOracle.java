package io.dslint.yaml;

import java.util.List;

/**
 * The property the fast path must keep, for the differential test and the fuzz target: on any
 * text, {@link BlockYamlParser} either declines or builds exactly what SnakeYAML builds (and never
 * accepts a text SnakeYAML refuses).
 */
public final class FastPathOracle {
  private static final YamlLoader REFERENCE = YamlLoader.snakeYamlOnly();

  private FastPathOracle() {}

  /** Whether the fast path took the text, and what was wrong (null when nothing). */
  public record Outcome(boolean accepted, String failure) {}

  public static Outcome check(String text, int firstLine) {
    List<String> lines = List.of(text.split("\n", -1));
    YamlDocument fast;
    try {
      fast = BlockYamlParser.parse(text, 3, firstLine, lines);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(false, "the fast path threw " + e);
    }
    if (fast == null) {
      return new Outcome(false, null);
    }
    YamlDocument reference;
    try {
      reference = REFERENCE.load(text, 3, firstLine, lines);
    } catch (YamlSyntaxException e) {
      return new Outcome(true, "the fast path accepted what SnakeYAML refuses: " + e.line() + ":"
          + e.column() + " " + e.getMessage());
    }
    String d = YamlDocumentDiff.diff(reference, fast);
    return new Outcome(true, d == null ? null : "differs from SnakeYAML at " + d);
  }

  /** The text with its lines numbered, for failure messages. */
  public static String show(String text) {
    StringBuilder b = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      b.append(String.format("%4d|", i + 1)).append(lines[i].replace("\t", "\\t")).append('\n');
    }
    return b.toString();
  }
}
