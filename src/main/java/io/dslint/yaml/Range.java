package io.dslint.yaml;

/** A 1-based, inclusive-start, exclusive-end-column region of a file, as SARIF regions are. */
public record Range(int startLine, int startColumn, int endLine, int endColumn) {
  /** The single character at a position. */
  public static Range point(int line, int column) {
    return new Range(line, column, line, column + 1);
  }

  /** This range's start with another range's end. */
  public Range to(Range end) {
    return new Range(startLine, startColumn, end.endLine, end.endColumn);
  }

  public Range shiftLines(int offset) {
    return new Range(startLine + offset, startColumn, endLine + offset, endColumn);
  }
}
