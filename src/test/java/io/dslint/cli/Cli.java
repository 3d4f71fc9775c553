package io.dslint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the dslint command in-process, capturing what it prints and its exit code. */
public final class Cli {
  public record Run(ExitCode exit, String out, String err) {}

  private Cli() {}

  public static Run run(String... args) {
    return runWithStdin("", args);
  }

  public static Run runWithStdin(String stdin, String... args) {
    return runIn(Path.of("").toAbsolutePath(), stdin, args);
  }

  /** Runs with {@code cwd} as the directory where the configuration file search starts. */
  public static Run runIn(Path cwd, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, false, cwd);
    ExitCode code = main.run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
