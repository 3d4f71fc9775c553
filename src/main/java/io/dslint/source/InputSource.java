package io.dslint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input to lint: a file, or standard input. {@code displayName} is the path as the user
 * gave it (or as found under a directory they gave), which is how reporters name it.
 */
public record InputSource(String displayName, Path path, InputStream stdin) {
  public static final String STDIN_NAME = "<stdin>";

  public static InputSource file(String displayName, Path path) {
    return new InputSource(displayName, path, null);
  }

  public static InputSource stdin(InputStream in) {
    return new InputSource(STDIN_NAME, null, in);
  }

  public boolean isStdin() {
    return path == null;
  }

  public InputStream open() throws IOException {
    return path == null ? stdin : Files.newInputStream(path);
  }
}
