package io.dslint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns command-line paths into inputs: files as given, directories walked recursively (in
 * sorted order, following links that stay inside the directory, loops reported) for *.yaml,
 * *.yml and *.json, and "-" for
 * standard input. Every path that cannot be used becomes an {@link InputError}; none is
 * silently dropped. A file reached twice is linted once.
 */
public final class SourceExpander {
  private final InputStream stdin;

  public SourceExpander(InputStream stdin) {
    this.stdin = stdin;
  }

  public record Expansion(List<InputSource> sources, List<InputError> errors) {}

  public Expansion expand(List<String> args) {
    List<InputSource> sources = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    boolean stdinUsed = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (!stdinUsed) {
          sources.add(InputSource.stdin(stdin));
          stdinUsed = true;
        }
        continue;
      }
      if (arg.isEmpty()) {
        // Path.of("") is the working directory: an empty argument (an unset variable in a
        // script) must not lint everything there under names that look absolute ("/x.yaml").
        errors.add(InputError.of(arg, "empty path"));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        errors.add(InputError.of(arg, "invalid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(arg, path, sources, errors, seen);
      } else if (Files.exists(path)) {
        // Explicit non-regular files are read too: "<(helm template …)" is a pipe.
        if (firstVisit(path, seen)) {
          sources.add(InputSource.file(arg, path));
        }
      } else {
        errors.add(InputError.of(arg, Files.isSymbolicLink(path)
            ? "broken symbolic link" : "no such file or directory"));
      }
    }
    return new Expansion(sources, errors);
  }

  public static boolean isManifestName(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  private static boolean firstVisit(Path path, Set<Path> seen) {
    Path key;
    try {
      key = path.toRealPath();
    } catch (IOException e) {
      key = path.toAbsolutePath().normalize();
    }
    return seen.add(key);
  }

  private static void walk(String arg, Path root, List<InputSource> sources, List<InputError> errors,
      Set<Path> seen) {
    // Collected per directory in sorted order, so output order never depends on the file system.
    TreeMap<String, Object> found = new TreeMap<>();
    Path rootReal = realPath(root);
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && leaves(dir, rootReal)) {
                String name = display(arg, root, dir);
                found.put(name, InputError.of(name, outsideMessage(dir, arg)));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isManifestName(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              String name = display(arg, root, file);
              if (leaves(file, rootReal)) {
                found.put(name, InputError.of(name, outsideMessage(file, arg)));
              } else if (attrs.isRegularFile()) {
                if (firstVisit(file, seen)) {
                  found.put(name, InputSource.file(name, file));
                }
              } else {
                found.put(name, InputError.of(name, "not a regular file (a pipe, socket or device); "
                    + "name it explicitly to read it"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.put(display(arg, root, file), InputError.of(display(arg, root, file), describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(InputError.of(arg, describe(e)));
    }
    for (Object o : found.values()) {
      if (o instanceof InputSource s) {
        sources.add(s);
      } else {
        errors.add((InputError) o);
      }
    }
  }

  /**
   * Whether {@code p} is a symbolic link out of the directory being walked. Links are followed
   * inside it (loops are reported), never out of it: a link to "/" in a pull request would make
   * dslint read, and print findings from, every manifest on the CI runner, for minutes.
   */
  private static boolean leaves(Path p, Path rootReal) {
    if (rootReal == null || !Files.isSymbolicLink(p)) {
      return false;
    }
    Path target = realPath(p);
    return target != null && !target.startsWith(rootReal);
  }

  private static String outsideMessage(Path link, String arg) {
    Path target = realPath(link);
    return "symbolic link to " + target + ", outside " + arg + ": not followed (name it explicitly to lint it)";
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String display(String arg, Path root, Path file) {
    Path rel = root.relativize(file);
    if (rel.toString().isEmpty()) {
      return arg;
    }
    String sep = arg.endsWith("/") || arg.endsWith(java.io.File.separator) ? "" : "/";
    return arg + sep + rel.toString().replace(java.io.File.separatorChar, '/');
  }

  public static String describe(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "directory loop through a symbolic link";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
