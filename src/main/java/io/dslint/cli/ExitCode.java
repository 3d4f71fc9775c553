package io.dslint.cli;

/** The process exit codes of CONTRACT.md; never a count, which would wrap at 256. */
public enum ExitCode {
  /** Nothing at or above --fail-on. */
  OK(0),
  /** Findings at or above --fail-on. */
  FINDINGS(1),
  /** A usage error, or an input that could not be read or parsed (the others still linted). */
  INPUT_ERROR(2),
  /** A bug in dslint. */
  INTERNAL_ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
