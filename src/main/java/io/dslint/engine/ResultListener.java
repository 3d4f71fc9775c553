package io.dslint.engine;

import java.io.IOException;
import java.util.List;

/**
 * Receives a run's results as they become final, in input order: for each input
 * {@link #beginFile}, then its results in consecutive parts (usually one per document), then
 * {@link #endFile}. A part's findings follow the previous part's in the file's order (line,
 * column, rule, message), with their suppression or baseline state decided, so a listener may
 * write them at once and forget them. Parts of one file, concatenated, are the file's whole
 * {@link FileResult}. Called on one thread.
 */
public interface ResultListener {
  void beginFile(String file) throws IOException;

  void results(FileResult part) throws IOException;

  void endFile(String file) throws IOException;

  /** One listener that passes everything to each of {@code listeners}, in their order. */
  static ResultListener all(List<? extends ResultListener> listeners) {
    return new ResultListener() {
      @Override
      public void beginFile(String file) throws IOException {
        for (ResultListener l : listeners) {
          l.beginFile(file);
        }
      }

      @Override
      public void results(FileResult part) throws IOException {
        for (ResultListener l : listeners) {
          l.results(part);
        }
      }

      @Override
      public void endFile(String file) throws IOException {
        for (ResultListener l : listeners) {
          l.endFile(file);
        }
      }
    };
  }
}
