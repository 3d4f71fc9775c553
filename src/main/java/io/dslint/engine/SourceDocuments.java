package io.dslint.engine;

import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.InputError;
import io.dslint.source.InputException;
import io.dslint.source.InputSource;
import io.dslint.source.LineReader;
import io.dslint.source.SourceExpander;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import io.dslint.yaml.YamlSyntaxException;
import java.io.IOException;

/**
 * Reads one input document by document with every limit of the loader: each document that loads
 * is handed over with its positions, each problem (unreadable input, not UTF-8, binary, too
 * large, a syntax error, an empty file) becomes an {@link InputError} at its line. Shared by the
 * linter and by the coverage command's node reader, so both read YAML the same way. Reading
 * (splitting the stream into document texts) and loading (parsing one text) are separate steps,
 * so that the linter can load documents on several threads while one thread reads.
 */
public final class SourceDocuments {
  /** What loading yields for one document. */
  public interface Visitor {
    /** A loaded document (documents with only comments or markers are skipped). */
    void document(YamlDocument doc);

    /**
     * A document, or the rest of the input, that could not be read or loaded. The error's line is
     * 0 when it has no position (the input could not be opened). {@code document} is the 0-based
     * index of the document it happened in; {@code sourceLine} the text of its line, or "".
     */
    void error(int document, InputError error, String sourceLine);
  }

  /** What reading yields: each document's text in file order, then any error that ended it. */
  public interface TextVisitor {
    void text(DocumentText text, int index);

    void error(int document, InputError error);
  }

  private SourceDocuments() {}

  /** Reads and loads {@code source} on this thread; returns the number of documents with content. */
  public static int read(InputSource source, YamlLoader loader, Visitor visitor) {
    String file = source.displayName();
    return readTexts(source, new TextVisitor() {
      @Override
      public void text(DocumentText text, int index) {
        load(file, text, index, loader, visitor);
      }

      @Override
      public void error(int document, InputError error) {
        visitor.error(document, error, "");
      }
    });
  }

  /** Splits {@code source} into document texts; returns the number of documents with content. */
  public static int readTexts(InputSource source, TextVisitor visitor) {
    String file = source.displayName();
    int documents = 0;
    try (LineReader reader = new LineReader(source.open())) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      while ((text = splitter.next()) != null) {
        visitor.text(text, documents++);
      }
      if (documents == 0) {
        visitor.error(0, new InputError(file, 1, 1,
            "no YAML documents in file (empty, or only comments and separators)"));
      }
    } catch (InputException e) {
      visitor.error(Math.max(0, documents - 1), new InputError(file, e.line(), e.column(), e.getMessage()));
    } catch (IOException e) {
      visitor.error(Math.max(0, documents - 1), InputError.of(file, "cannot read: " + SourceExpander.describe(e)));
    }
    return documents;
  }

  /** Loads one document text (thread-safe: the loader keeps no state between documents). */
  public static void load(String file, DocumentText text, int index, YamlLoader loader, Visitor visitor) {
    if (text.oversized()) {
      visitor.error(index, new InputError(file, text.firstLine(), 1, "document is larger than "
          + (YamlLoader.MAX_DOCUMENT_CHARS >> 20) + " MiB, the most the API server accepts in one request"), "");
      return;
    }
    YamlDocument doc;
    try {
      doc = loader.load(text.text(), index, text.firstLine(), text.lines());
    } catch (YamlSyntaxException e) {
      int i = e.line() - text.firstLine();
      visitor.error(index, new InputError(file, e.line(), e.column(), e.getMessage()),
          i >= 0 && i < text.lines().size() ? text.lines().get(i) : "");
      return;
    }
    if (doc != null) {
      visitor.document(doc);
    }
  }
}
