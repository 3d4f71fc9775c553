package io.dslint.yaml;

import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.InputException;
import io.dslint.source.LineReader;
import io.dslint.source.SourceExpander;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Strict, positioned reading of dslint's own YAML files (the configuration, custom rule files):
 * loads them with {@link YamlLoader} (so every node has its line and column), and collects
 * every problem as "FILE:LINE:COLUMN: message" — syntax errors, duplicate keys, unknown keys,
 * wrong types — instead of stopping at the first one or ignoring any. The typed getters record
 * a problem and return null when a value has the wrong type.
 */
public final class YamlChecker {
  private final String file;
  private final List<String> problems = new ArrayList<>();

  public YamlChecker(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public void problem(Range at, String message) {
    problems.add(file + ":" + at.startLine() + ":" + at.startColumn() + ": " + message);
  }

  public void problem(Node at, String message) {
    problem(at.range(), message);
  }

  /** A problem of the file as a whole (no position). */
  public void problem(String message) {
    problems.add(file + ": " + message);
  }

  /** Every document of the file that has content; syntax errors and duplicate keys are problems. */
  public List<YamlDocument> loadAll(Path path) {
    List<YamlDocument> docs = new ArrayList<>();
    YamlLoader loader = new YamlLoader();
    try (LineReader reader = new LineReader(Files.newInputStream(path))) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      int index = 0;
      while ((text = splitter.next()) != null) {
        if (text.oversized()) {
          problems.add(file + ":" + text.firstLine() + ":1: document is too large");
          continue;
        }
        try {
          YamlDocument doc = loader.load(text.text(), index++, text.firstLine(), text.lines());
          if (doc != null) {
            for (DuplicateKey d : doc.duplicateKeys()) {
              problem(d.range(), "duplicate key \"" + d.key() + "\" (first at line " + d.first().startLine() + ")");
            }
            docs.add(doc);
          }
        } catch (YamlSyntaxException e) {
          problems.add(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
      }
    } catch (InputException e) {
      problems.add(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    } catch (IOException e) {
      problem("cannot read: " + SourceExpander.describe(e));
    }
    return docs;
  }

  /** The node as a mapping, or null (a problem unless {@code node} is null). */
  public MapNode map(Node node, String what) {
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return null;
    }
    if (node instanceof MapNode m) {
      return m;
    }
    problem(node, what + " must be a mapping, not " + describe(node));
    return null;
  }

  /** Reports every key of the mapping that is not allowed, naming the allowed ones. */
  public void keys(MapNode map, String what, Set<String> allowed) {
    for (MapNode.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        problem(e.keyRange(), "unknown key \"" + e.key() + "\" in " + what + " (known: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  /** A string value (null when absent or null; a problem for other types). */
  public String string(MapNode map, String key, String what) {
    return scalar(map, key, what, String.class, "a string");
  }

  /** A boolean value (null when absent or null; a problem for other types). */
  public Boolean bool(MapNode map, String key, String what) {
    return scalar(map, key, what, Boolean.class, "true or false");
  }

  /** A scalar of {@code type}: null when absent or null, else a problem naming {@code expected}. */
  private <T> T scalar(MapNode map, String key, String what, Class<T> type, String expected) {
    Node n = map.get(key);
    if (n == null || n instanceof ScalarNode s && s.isNull()) {
      return null;
    }
    if (n instanceof ScalarNode s && type.isInstance(s.value())) {
      return type.cast(s.value());
    }
    problem(n, what + "." + key + " must be " + expected + ", not " + describe(n));
    return null;
  }

  /**
   * A list of strings; a single string counts as a list of one when {@code single} (null when
   * absent or null; a problem for other types).
   */
  public List<String> strings(MapNode map, String key, String what, boolean single) {
    Node n = map.get(key);
    if (n == null || n instanceof ScalarNode s && s.isNull()) {
      return null;
    }
    if (single && n instanceof ScalarNode s && s.value() instanceof String str) {
      return List.of(str);
    }
    if (!(n instanceof SeqNode seq)) {
      problem(n, what + "." + key + " must be a list of strings, not " + describe(n));
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : seq.items()) {
      if (item instanceof ScalarNode s && s.value() instanceof String str) {
        out.add(str);
      } else {
        problem(item, what + "." + key + " must list strings, not " + describe(item));
        ok = false;
      }
    }
    return ok ? List.copyOf(out) : null;
  }

  /** "a mapping", "a list", "the number 3", "true", "null", "\"text\"". */
  public static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof SeqNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) n;
    if (s.value() == null) {
      return "null";
    }
    if (s.value() instanceof String str) {
      return "the string \"" + str + "\"";
    }
    if (s.value() instanceof Boolean) {
      return "the boolean " + s.text();
    }
    return "the number " + s.text();
  }
}
