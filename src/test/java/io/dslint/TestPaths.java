package io.dslint;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's test data and the optional shared reference corpus are. */
public final class TestPaths {
  private TestPaths() {}

  public static Path project() {
    String dir = System.getProperty("dslint.project.dir");
    return Path.of(dir != null ? dir : ".").toAbsolutePath().normalize();
  }

  public static Path testdata() {
    return project().resolve("testdata");
  }

  /** ../shared beside the project, or null when this checkout does not have it. */
  public static Path shared() {
    Path p = project().resolve("../shared").normalize();
    return Files.isDirectory(p) ? p : null;
  }
}
