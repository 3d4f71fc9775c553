package io.dslint.yaml;

/** A document that cannot be loaded: the parser's reason and where (1-based, in the file). */
public final class YamlSyntaxException extends Exception {
  private final int line;
  private final int column;

  public YamlSyntaxException(String message, int line, int column) {
    super(message, null, false, false);
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
