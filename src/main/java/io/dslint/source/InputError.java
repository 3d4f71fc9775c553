package io.dslint.source;

/**
 * An input that could not be (fully) linted: unreadable, not text, or not parsable. Line and
 * column are 1-based, 0 when the problem has no position (a missing file).
 */
public record InputError(String file, int line, int column, String message) {
  public static InputError of(String file, String message) {
    return new InputError(file, 0, 0, message);
  }
}
