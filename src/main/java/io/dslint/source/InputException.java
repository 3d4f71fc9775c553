package io.dslint.source;

import java.io.IOException;

/**
 * Content that cannot be read as text: not UTF-8, binary, a line too long. Carries the 1-based
 * line and column where reading stopped.
 */
public final class InputException extends IOException {
  private final int line;
  private final int column;

  public InputException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
