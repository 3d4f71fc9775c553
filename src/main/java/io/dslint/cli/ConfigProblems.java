package io.dslint.cli;

import java.util.List;

/** A configuration, custom rule file or baseline that cannot be used: exit code 2, each problem on a line. */
final class ConfigProblems extends Exception {
  private final List<String> problems;

  ConfigProblems(List<String> problems) {
    super(String.join("\n", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
