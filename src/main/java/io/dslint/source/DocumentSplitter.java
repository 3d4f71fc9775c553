package io.dslint.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a YAML stream into documents at "---" and "..." markers, reading line by line. YAML
 * forbids those markers at column 0 inside any content, so splitting here agrees with the
 * parser, and each document can be parsed, linted and released on its own: a syntax error in
 * one document does not hide the others. Chunks with no content (only comments, blank lines or
 * markers) are dropped; directive lines ("%YAML") travel with the document that follows.
 */
public final class DocumentSplitter {
  private final LineReader reader;
  private final int maxChars;
  private String pending;
  private boolean done;

  public DocumentSplitter(LineReader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next document with content, or null at the end of the stream. */
  public DocumentText next() throws IOException {
    while (!done) {
      DocumentText chunk = readChunk();
      if (chunk != null) {
        return chunk;
      }
    }
    return null;
  }

  private DocumentText readChunk() throws IOException {
    List<String> lines = new ArrayList<>();
    int firstLine = -1;
    long chars = 0;
    boolean content = false;
    boolean directivesOnly = true;
    boolean oversized = false;
    while (true) {
      String line;
      if (pending != null) {
        line = pending;
        pending = null;
      } else {
        line = reader.readLine();
        if (line == null) {
          done = true;
          break;
        }
      }
      int number = reader.lineNumber(); // a pending line is the last one read
      boolean start = isMarker(line, "---");
      if (start && content) {
        pending = line;
        break;
      }
      if (start && !directivesOnlySoFar(lines)) {
        // "---" after nothing but comments: what came before was an empty document.
        lines.clear();
        firstLine = -1;
        chars = 0;
        oversized = false;
      }
      if (firstLine < 0) {
        firstLine = number;
      }
      chars += line.length() + 1;
      if (chars > maxChars) {
        oversized = true;
        lines.clear();
      } else if (!oversized) {
        lines.add(line);
      }
      if (isMarker(line, "...")) {
        if (content) {
          break;
        }
        continue;
      }
      // Once the chunk has content that is not a directive, no later line changes anything here.
      if ((!content || directivesOnly) && hasContent(line, start)) {
        content = true;
        directivesOnly &= line.startsWith("%");
      }
    }
    if (!content) {
      return null;
    }
    if (directivesOnly) {
      // "%YAML 1.1" then "---": keep the directive with its document. Directives with no
      // document after them are no document.
      return done ? null : mergeWithNext(firstLine, lines);
    }
    return new DocumentText(firstLine, oversized ? List.of() : List.copyOf(lines), oversized);
  }

  private DocumentText mergeWithNext(int firstLine, List<String> directives) throws IOException {
    DocumentText next = readChunk();
    if (next == null) {
      return null;
    }
    List<String> all = new ArrayList<>(directives);
    for (int i = firstLine + directives.size(); i < next.firstLine(); i++) {
      all.add("");
    }
    all.addAll(next.lines());
    return new DocumentText(firstLine, List.copyOf(all), next.oversized());
  }

  /** Whether the lines so far hold only directives ("%YAML"), which belong to the next document. */
  private static boolean directivesOnlySoFar(List<String> lines) {
    boolean any = false;
    for (String l : lines) {
      if (l.startsWith("%")) {
        any = true;
      } else if (hasContent(l, isMarker(l, "---"))) {
        return false;
      }
    }
    return any;
  }

  static boolean isMarker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
  }

  /** Whether a line carries YAML content (beyond the marker itself, comments and blanks). */
  private static boolean hasContent(String line, boolean startMarker) {
    // line.strip() would copy nearly every (indented) line: find its first character instead
    for (int i = startMarker ? 3 : 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c != '#';
      }
    }
    return false;
  }
}
