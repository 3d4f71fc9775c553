package io.dslint.fuzz;

import static io.dslint.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.InputException;
import io.dslint.source.LineReader;
import io.dslint.yaml.FastPathOracle;
import io.dslint.yaml.YamlLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The YAML fast path ({@code BlockYamlParser}) against SnakeYAML: on any text it either declines
 * or builds exactly the document SnakeYAML builds, and it never accepts what SnakeYAML refuses.
 * Checked on the raw input as one text (whatever it holds) and on each document the splitter
 * cuts from it (what the linter passes).
 */
class FastPathFuzzTest {
  @FuzzTest
  void fastPathEqualsSnakeYaml(byte[] data) throws IOException {
    String text = new String(data, StandardCharsets.UTF_8);
    expectSame(text, 1);
    try (LineReader reader = new LineReader(new ByteArrayInputStream(data))) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText doc;
      while ((doc = splitter.next()) != null) {
        if (!doc.oversized()) {
          expectSame(doc.text(), doc.firstLine());
        }
      }
    } catch (InputException e) {
      // Not text the reader accepts: nothing reaches the loader.
    }
  }

  private static void expectSame(String text, int firstLine) {
    FastPathOracle.Outcome o = FastPathOracle.check(text, firstLine);
    check(o.failure() == null, "the fast path declines or equals SnakeYAML",
        o.failure() + "\n" + FastPathOracle.show(text));
  }
}
