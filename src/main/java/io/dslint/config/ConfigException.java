package io.dslint.config;

import java.util.List;

/**
 * A configuration (or a file it names: custom rules, baseline) that cannot be used. Every
 * problem is one line, "FILE:LINE:COLUMN: message" where the position is known. Exit code 2.
 */
public final class ConfigException extends Exception {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
