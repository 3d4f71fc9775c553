package io.dslint.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dslint.TestPaths;
import io.dslint.bench.CorpusGenerator;
import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.LineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fast path against SnakeYAML on every document we have: each is either declined or loaded
 * exactly as SnakeYAML loads it (see {@link FastPathOracle}). Seeded random mutations of each
 * document probe the edges of the subset the fast path accepts. Prints the acceptance rates:
 * a fast path that declines ordinary manifests buys nothing.
 */
class BlockYamlParserDifferentialTest {
  /** The characters and fragments mutations insert: YAML's indicators and what breaks lines. */
  private static final String[] INSERTS = {":", ": ", "#", " #", "-", "- ", "'", "\"", "\t", "&a ", "*a",
      "!", "!!str ", "|", ">", "?", "? ", "~", "{", "}", "[", "]", ",", " ", "  ", "\n", "\n  ", "\\", "\\x",
      "%", "@", "`", "0", "0x", "1e3", ".inf", "yes", "<<: ", "...", "---", "\r", "\u00a0", "\ufeff", "é", "\u0085"};

  /** Documents seen and accepted by the fast path, per source. */
  private static final class Tally {
    final String name;
    int documents;
    int accepted;
    final List<String> failures = new ArrayList<>();

    Tally(String name) {
      this.name = name;
    }

    void check(String label, String text, int firstLine) {
      FastPathOracle.Outcome o = FastPathOracle.check(text, firstLine);
      documents++;
      if (o.accepted()) {
        accepted++;
      }
      if (o.failure() != null && failures.size() < 5) {
        failures.add(label + ": " + o.failure() + "\n" + FastPathOracle.show(text));
      }
    }

    String summary() {
      return String.format("%-28s %6d documents, %6d accepted by the fast path (%.1f%%)", name, documents,
          accepted, documents == 0 ? 0.0 : 100.0 * accepted / documents);
    }
  }

  @Test
  void testdataDocumentsAndTheirMutations() throws IOException {
    List<DocumentText> docs = documentsUnder(TestPaths.testdata());
    Tally plain = new Tally("testdata");
    Tally mutated = new Tally("testdata, mutated");
    Random random = new Random(20261128L);
    for (int i = 0; i < docs.size(); i++) {
      DocumentText d = docs.get(i);
      plain.check("testdata document " + i, d.text(), d.firstLine());
      for (int m = 0; m < 40; m++) {
        String text = mutate(d.text(), random);
        mutated.check("testdata document " + i + " mutation " + m, text, 1 + random.nextInt(3));
      }
    }
    report(plain, mutated);
  }

  @Test
  void generatedCorpusAndItsMutations() {
    CorpusGenerator generator = new CorpusGenerator(42);
    Tally plain = new Tally("generated corpus");
    Tally mutated = new Tally("generated corpus, mutated");
    Random random = new Random(7L);
    for (int i = 0; i < 300; i++) {
      String text = "---\n" + generator.document(i);
      plain.check("generated document " + i, text, 1 + 40 * i);
      for (int m = 0; m < 10; m++) {
        mutated.check("generated document " + i + " mutation " + m, mutate(text, random), 1);
      }
    }
    report(plain, mutated);
    assertTrue(plain.accepted == plain.documents, "the fast path accepts every generated document: "
        + plain.summary());
  }

  @Test
  void sharedCorpus() throws IOException {
    Path shared = TestPaths.shared();
    Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus")), "no ../shared/corpus");
    List<DocumentText> docs = documentsUnder(shared.resolve("corpus"));
    Tally plain = new Tally("shared corpus");
    Tally mutated = new Tally("shared corpus, mutated");
    Random random = new Random(11L);
    for (int i = 0; i < docs.size(); i++) {
      DocumentText d = docs.get(i);
      plain.check("shared document " + i, d.text(), d.firstLine());
      for (int m = 0; m < 5; m++) {
        mutated.check("shared document " + i + " mutation " + m, mutate(d.text(), random), d.firstLine());
      }
    }
    report(plain, mutated);
  }

  /** Small hostile and edge cases, each one cheap. */
  @Test
  void edgeCases() {
    Tally t = new Tally("edge cases");
    List<String> cases = new ArrayList<>(List.of(
        "a: 1", "a: 1\n", "a: 1\n\n\n", "a: 1\n# end", "a: 1\n...\n", "a: 1\n...", "---\na: 1\n...\n# x\n",
        "--- # c\na:\n  b: 1\n  # c\n\nc: 2\n", "a:\n- 1\n- 2\nb: 3", "a:\n- 1\n-\n- 2\n", "- \n- a: \n  b:\n",
        "a:\n  b:\n  - x\nc: 1", "- a: 1\n  b: [1, 2]\n- {c: d, e: 'f'}\n", "k: \"a\\tb\\\"c\\\\d\"\n",
        "k: 'it''s'\n", "x: yes\ny: No\nz: 0644\nw: 0x1F\nv: 1_000\nu: 1e3\nt: .inf\ns: ~\nr: 2001-12-14\nq: 1:30\n",
        "yes: 1\n~: 2\n0x10: 3\n", "a: b: c\n", "a: b\n  c\n", "a: \"b\"\n  c: d\n", "a:\n    b: 1\n  c: 2\n",
        "  a: 1\n  b: 2\n", "  a: 1\nb: 2\n", "a: 1\n- b\n", "- a\nb: 1\n", "a: [1, 2,]\n", "a: {b: }\n",
        "a: [b: c]\n", "a: {b: c, b: d}\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "a: <<\n", "a: !!str 1\n",
        "a: &x 1\nb: *x\n", "a: |\n  x\n", "a: >\n  x\n", "? a\n: b\n", "a: 1 # c\nb: 2 #c\n", "a: b#c\n",
        "a: \"x\"#c\n", "a: [x] #c\n", "a : 1\n", "\"a\": 1\n'b': 2\n", "a: 0b_\n", "a: 0x_\n", "a: 1:_\n",
        "a: -1\nb: --flag\nc: -.5\n", "- - a\n", "-\n  - a\n", "a: -\n", "key: value:\n", "a: x]\n",
        "[1, 2]\n", "{a: 1}\n", "plain\n", "'quoted'\n", "", "# only\n", "---\n", "---\n...\n", "a: 1\n---\nb: 2\n",
        "%YAML 1.1\n---\na: 1\n", "a: \u00e9\u4e2d\n", "a:\n\n  b: 1\n\n\n", "a:\n  # c\nb:\n",
        // flow plain scalars with ':' inside
        "a: [b:c, \"d\"]\n", "a: {b: c:d}\n", "a: {b:c: d}\n", "a: [a:]\n", "a: {k:, x: y}\n", "a: {k:[x]}\n",
        "- {name: a, image: r.example.com/a:1.0.0}\n", "a: [x:, y]\n", "a: [http://x]\n",
        // literal block scalars
        "a: |\n  x\n\n  y\n\n\nb: 1\n", "a: |-\n  x\n", "a: |\n  x", "a: |\n\n  x\n", "a: |\n  x\n    y\n  z\n",
        "- |\n  x\n- y\n", "a: |\n  x\n# c\nb: 1\n", "a: |\n  x\n...\n", "a: |\n  x\n \nb: 1\n",
        "a: |\n  x\n  \n", "a: |\nb: 1\n", "a: |2\n  x\n", "a: |+\n  x\n\n", "a:\n  |\n   x\n", "a: >\n  x\n",
        "a: | # c\n  x\n", "a: |\n  # not a comment\n  x: y\n", "a:\n  b: |\n    x\n  c: d\n", "a:\n- |\n  x\n- |-\n  y\nb: 1\n",
        "a: |\n  x\n y\n", "a: |\n   x\n  y\n", "a: |\n  x\n\n", "a: |-\n  x\n\n# c\n"));
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      deep.append("  ".repeat(i)).append("k:\n");
    }
    cases.add(deep.toString());
    cases.add("a: " + "[".repeat(70) + "]".repeat(70) + "\n");
    cases.add("k" + "x".repeat(1100) + ": 1\n");
    cases.add("k" + "x".repeat(990) + ": 1\n");
    for (int i = 0; i < cases.size(); i++) {
      t.check("edge case " + i, cases.get(i), 1 + i);
    }
    report(t);
  }

  /**
   * Random documents made of what the fast path accepts, in every combination: nested block
   * collections (indentless sequences, compact "- key:" entries), scalars of every resolution,
   * flow collections, literal scalars, empty values, comments and blank lines anywhere, document
   * markers and a missing final line break. Mutations of real documents rarely reach these.
   */
  @Test
  void generatedStructures() {
    Tally t = new Tally("random structures");
    Tally mutated = new Tally("random structures, mutated");
    Random random = new Random(5L);
    for (int i = 0; i < 4000; i++) {
      StringBuilder b = new StringBuilder();
      if (random.nextInt(4) == 0) {
        b.append(random.nextBoolean() ? "---\n" : "# head\n--- # start\n");
      }
      int indent = random.nextInt(5) == 0 ? 2 : 0;
      if (random.nextBoolean()) {
        mappingLines(b, indent, 0, random);
      } else {
        sequenceLines(b, indent, 0, random);
      }
      if (random.nextInt(6) == 0) {
        b.append(random.nextBoolean() ? "...\n" : "# tail\n\n");
      }
      String text = b.toString();
      if (random.nextInt(3) == 0 && text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      t.check("random structure " + i, text, 1 + random.nextInt(5));
      mutated.check("random structure " + i + " mutated", mutate(text, random), 1);
    }
    report(t, mutated);
  }

  private static final String[] KEYS = {"a", "name", "image", "x-y.z/w", "yes", "1", "0x1F", "~", "null", "'q k'",
      "\"d k\"", "-k", "k:k", "é", "on", "1.5", "''"};
  private static final String[] VALUES = {"x", "hello world", "a:b", "yes", "No", "0644", "0x1F", "1_000", "1e3",
      "-.5", ".inf", "~", "null", "-1", "--flag", "'q'", "'it''s'", "\"d\\n\\t\\\"\"", "''", "\"\"", "a#b",
      "http://x:80/", "[a, b:c]", "{k: v, 'q': \"r\"}", "[]", "{}", "[ a ,b ]", "{ k: [1, {x: y}] }", "é ü",
      "2001-12-14", "1:30", "true", "x]", "a, b", "x  y", "0b101", "+12"};

  /** A key made distinct from its siblings by a suffix (inside the quotes of a quoted key). */
  private static String key(Random r, String suffix) {
    String k = KEYS[r.nextInt(KEYS.length)];
    char q = k.charAt(0);
    return q == '\'' || q == '"' ? k.substring(0, k.length() - 1) + suffix + q : k + suffix;
  }

  private static void mappingLines(StringBuilder b, int indent, int depth, Random r) {
    int entries = 1 + r.nextInt(4);
    for (int e = 0; e < entries; e++) {
      noise(b, indent, r);
      if (e > 0 || b.length() == 0 || b.charAt(b.length() - 1) == '\n') {
        b.append(" ".repeat(indent));
      }
      b.append(key(r, e == 0 ? "" : String.valueOf(e))).append(':');
      value(b, indent, depth, r, true);
    }
  }

  private static void sequenceLines(StringBuilder b, int indent, int depth, Random r) {
    int items = 1 + r.nextInt(4);
    for (int i = 0; i < items; i++) {
      noise(b, indent, r);
      b.append(" ".repeat(indent)).append('-');
      if (depth < 6 && r.nextInt(3) == 0) {
        // A compact mapping: "- key: value" and its further keys under the key.
        int column = indent + 2 + (r.nextInt(5) == 0 ? 2 : 0);
        b.append(" ".repeat(column - indent - 1));
        int entries = 1 + r.nextInt(3);
        for (int e = 0; e < entries; e++) {
          if (e > 0) {
            noise(b, column, r);
            b.append(" ".repeat(column));
          }
          b.append(key(r, String.valueOf(e))).append(':');
          value(b, column, depth + 1, r, true);
        }
      } else {
        value(b, indent, depth, r, false);
      }
    }
  }

  /** After "key:" or "-": a value on the line, nothing, a nested collection or a literal. */
  private static void value(StringBuilder b, int indent, int depth, Random r, boolean mappingValue) {
    int choice = depth > 5 ? r.nextInt(3) : r.nextInt(8);
    switch (choice) {
      case 0, 1 -> {
        b.append(' ').append(" ".repeat(r.nextInt(3) == 0 ? 2 : 0)).append(VALUES[r.nextInt(VALUES.length)]);
        comment(b, r);
        b.append('\n');
      }
      case 2 -> {
        comment(b, r);
        b.append('\n'); // empty: null
      }
      case 3 -> {
        b.append(r.nextBoolean() ? " |" : " |-");
        comment(b, r);
        b.append('\n');
        int column = indent + 1 + r.nextInt(3);
        int lines = 1 + r.nextInt(4);
        for (int l = 0; l < lines; l++) {
          if (r.nextInt(4) == 0) {
            b.append('\n');
          }
          b.append(" ".repeat(column + (l > 0 && r.nextInt(4) == 0 ? 2 : 0))).append(VALUES[r.nextInt(VALUES.length)])
              .append(r.nextInt(6) == 0 ? " # kept" : "").append('\n');
        }
      }
      case 4, 5 -> {
        comment(b, r);
        b.append('\n');
        mappingLines(b, indent + 2 + (r.nextInt(4) == 0 ? 2 : 0), depth + 1, r);
      }
      default -> {
        comment(b, r);
        b.append('\n');
        boolean indentless = mappingValue && r.nextBoolean();
        sequenceLines(b, indentless ? indent : indent + 2, depth + 1, r);
      }
    }
  }

  private static void comment(StringBuilder b, Random r) {
    if (r.nextInt(5) == 0) {
      b.append(r.nextBoolean() ? " # c" : "   #c: d");
    }
  }

  /** Blank lines and comment lines (at any indentation) before a line. */
  private static void noise(StringBuilder b, int indent, Random r) {
    if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
      return; // in the middle of a line ("- " before a compact key)
    }
    while (r.nextInt(5) == 0) {
      b.append(r.nextBoolean() ? "\n" : " ".repeat(r.nextInt(indent + 3)) + "# note\n");
    }
  }

  private static void report(Tally... tallies) {
    List<String> failures = new ArrayList<>();
    for (Tally t : tallies) {
      System.out.println("[fast path] " + t.summary());
      failures.addAll(t.failures);
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " failure(s), the first ones:\n" + String.join("\n", failures));
    }
  }

  /** One to three random edits: characters, fragments, indentation, whole lines. */
  static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        case 1, 2 -> b.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 3 -> {
          if (at < b.length()) {
            b.replace(at, at + 1, INSERTS[random.nextInt(INSERTS.length)]);
          }
        }
        case 4 -> {
          // Change a line's indentation by one or two spaces either way.
          int start = b.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          if (random.nextBoolean()) {
            b.insert(start, random.nextBoolean() ? " " : "  ");
          } else if (start < b.length() && b.charAt(start) == ' ') {
            b.deleteCharAt(start);
          }
        }
        case 5 -> {
          // Delete or duplicate a whole line.
          int start = b.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          int end = b.indexOf("\n", start);
          end = end < 0 ? b.length() : end + 1;
          if (random.nextBoolean()) {
            b.delete(start, end);
          } else {
            b.insert(start, b.substring(start, end));
          }
        }
        default -> {
          // Cut the text short, as a truncated file would be.
          if (random.nextInt(4) == 0) {
            b.setLength(at);
          } else {
            b.insert(at, ' ');
          }
        }
      }
    }
    return b.toString();
  }

  /** Every document of every .yaml/.yml file under {@code root}, split as the linter splits them. */
  static List<DocumentText> documentsUnder(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
          .sorted().toList();
    }
    List<DocumentText> docs = new ArrayList<>();
    for (Path f : files) {
      try (LineReader reader = new LineReader(Files.newInputStream(f))) {
        DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
        DocumentText text;
        while ((text = splitter.next()) != null) {
          if (!text.oversized()) {
            docs.add(text);
          }
        }
      } catch (IOException e) {
        // Not readable as text (binary, bad UTF-8): the reader's business, not the loader's.
      }
    }
    return docs;
  }
}
