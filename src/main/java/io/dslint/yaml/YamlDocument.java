package io.dslint.yaml;

import java.util.List;

/**
 * One loaded document of a file: its 0-based index among the file's non-empty documents, its
 * node tree (positions are file lines), the raw lines it came from (for showing source), and the
 * duplicate keys the loader saw.
 */
public record YamlDocument(int index, int firstLine, List<String> lines, Node root,
    List<DuplicateKey> duplicateKeys) {

  /** The text of a 1-based file line of this document, or "" when outside it. */
  public String line(int fileLine) {
    int i = fileLine - firstLine;
    return i >= 0 && i < lines.size() ? lines.get(i) : "";
  }

  public SourceMap sourceMap() {
    return new SourceMap(root);
  }
}
