package io.dslint.fuzz;

import static io.dslint.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.InputException;
import io.dslint.source.LineReader;
import io.dslint.yaml.DuplicateKey;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.SourceMap;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import io.dslint.yaml.YamlSyntaxException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The reading half of the pipeline on raw bytes: {@link LineReader} (UTF-8, BOM, CRLF, binary),
 * {@link DocumentSplitter} and {@link YamlLoader}. Only our own input errors may come out
 * ({@link InputException}, {@link YamlSyntaxException}); every node, key and duplicate lies
 * inside its document's lines, and every pointer into the tree resolves inside them too.
 */
class LoaderFuzzTest {
  /** Small, so that the fuzzer meets the document size limit too. */
  private static final int MAX_CHARS = 4096;

  @FuzzTest
  void splitAndLoad(byte[] data) throws IOException {
    YamlLoader loader = new YamlLoader();
    try (LineReader reader = new LineReader(new ByteArrayInputStream(data))) {
      DocumentSplitter splitter = new DocumentSplitter(reader, data.length % 2 == 0 ? MAX_CHARS : YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      int index = 0;
      int previousLine = 0;
      while ((text = splitter.next()) != null) {
        check(text.firstLine() > previousLine, "documents in order", text.firstLine() + " after " + previousLine);
        previousLine = text.firstLine() + Math.max(0, text.lines().size() - 1);
        if (text.oversized()) {
          check(text.lines().isEmpty(), "an oversized document keeps no lines", "");
          continue;
        }
        try {
          YamlDocument doc = loader.load(text.text(), index++, text.firstLine(), text.lines());
          if (doc != null) {
            checkDocument(doc, text);
          }
        } catch (YamlSyntaxException e) {
          check(e.line() >= text.firstLine() && e.line() < text.firstLine() + Math.max(1, text.lines().size()),
              "syntax error inside its document (lines " + text.firstLine() + ".." + (text.firstLine() + text.lines().size() - 1) + ")",
              e.line() + ":" + e.column() + " " + e.getMessage());
          check(e.column() >= 1, "1-based column", e.getMessage());
          check(e.getMessage() != null && !e.getMessage().isBlank(), "a message", "");
        }
      }
    } catch (InputException e) {
      check(e.line() >= 1, "input error has a line", e.getMessage());
    }
  }

  private static void checkDocument(YamlDocument doc, DocumentText text) {
    int first = text.firstLine();
    int last = first + Math.max(0, text.lines().size() - 1);
    SourceMap map = doc.sourceMap();
    walk(doc.root(), Pointer.ROOT, first, last, map, 0);
    for (DuplicateKey d : doc.duplicateKeys()) {
      inside(d.range(), first, last, "duplicate " + d.key());
      inside(d.first(), first, last, "first of duplicate " + d.key());
    }
  }

  private static void walk(Node node, Pointer at, int first, int last, SourceMap map, int depth) {
    inside(node.range(), first, last, "node " + at);
    inside(map.resolve(at), first, last, "pointer " + at);
    inside(map.resolve(at.append("no-such-field", "0")), first, last, "missing field under " + at);
    if (depth > 200) {
      return; // aliases may share subtrees; the loader bounds the expansion, this only the walk
    }
    if (node instanceof MapNode m) {
      for (MapNode.Entry e : m.entries()) {
        inside(e.keyRange(), first, last, "key " + at.append(e.key()));
        walk(e.value(), at.append(e.key()), first, last, map, depth + 1);
      }
    } else if (node instanceof SeqNode s) {
      for (int i = 0; i < s.items().size() && i < 1000; i++) {
        walk(s.items().get(i), at.append(i), first, last, map, depth + 1);
      }
    }
  }

  private static void inside(Range r, int first, int last, String what) {
    check(r.startLine() >= first && r.startLine() <= last && r.endLine() >= r.startLine() && r.endLine() <= last,
        "range inside the document's lines " + first + ".." + last, what + " " + r);
    check(r.startColumn() >= 1, "1-based column", what + " " + r);
  }
}
