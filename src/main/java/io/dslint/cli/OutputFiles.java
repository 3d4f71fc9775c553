package io.dslint.cli;

import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files named with {@code -o}, opened all or none: each is created (with its missing parent
 * directories) before any is emptied, so that a later path that cannot be written leaves no new
 * file or directory behind and no earlier report truncated. Two formats may not share a file,
 * and no output may be one of the inputs ({@code -o deploy/ds.yaml deploy/} would empty the
 * manifest before reading it).
 */
final class OutputFiles implements AutoCloseable {
  private final List<Writer> writers = new ArrayList<>();

  private OutputFiles() {}

  /** Opens the files of the {@code specs} that name one, in order, adding their writers to {@code into}. */
  static OutputFiles open(List<OutputSpec> specs, List<InputSource> inputs, List<Writer> into)
      throws UsageException {
    OutputFiles files = new OutputFiles();
    Map<Path, String> targets = new HashMap<>();
    for (InputSource s : inputs) {
      if (!s.isStdin()) {
        targets.put(identity(s.path()), "input " + s.displayName());
      }
    }
    List<FileChannel> channels = new ArrayList<>();
    List<Path> createdFiles = new ArrayList<>();
    List<Path> createdDirs = new ArrayList<>();
    try {
      for (OutputSpec spec : specs) {
        if (spec.file() == null) {
          continue;
        }
        Path path;
        try {
          path = Path.of(spec.file());
        } catch (RuntimeException e) {
          throw new UsageException("cannot write " + spec.file() + ": not a valid path");
        }
        String clash = targets.put(identity(path), "-o " + spec.file());
        if (clash != null) {
          throw new UsageException("cannot write " + spec.file() + ": it is also " + clash
              + (clash.startsWith("input") ? " (dslint never overwrites what it lints)" : ""));
        }
        try {
          createParents(path.toAbsolutePath().getParent(), createdDirs);
          boolean existed = Files.exists(path);
          channels.add(FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE));
          if (!existed) {
            createdFiles.add(path);
          }
        } catch (IOException | RuntimeException e) {
          throw new UsageException("cannot write " + spec.file() + ": " + SourceExpander.describe(
              e instanceof IOException io ? io : new IOException(e.getMessage())));
        }
      }
      for (FileChannel c : channels) {
        if (c.size() > 0) {
          c.truncate(0); // a regular file's old content; /dev/stdout and pipes have none to drop
        }
        Writer w = new BufferedWriter(Channels.newWriter(c, StandardCharsets.UTF_8));
        files.writers.add(w);
        into.add(w);
      }
      return files;
    } catch (UsageException | IOException e) {
      for (FileChannel c : channels) {
        try {
          c.close();
        } catch (IOException ignored) {
          // closing what we opened; the usage error is what matters
        }
      }
      for (Path p : createdFiles) {
        deleteQuietly(p);
      }
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        deleteQuietly(createdDirs.get(i));
      }
      if (e instanceof UsageException u) {
        throw u;
      }
      throw new UsageException("cannot write the outputs: " + SourceExpander.describe((IOException) e));
    }
  }

  /** The same file however it is named: its real path when it exists, else the normalised absolute path. */
  private static Path identity(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static void createParents(Path dir, List<Path> created) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    createParents(dir.getParent(), created);
    try {
      Files.createDirectory(dir);
      created.add(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) { // "a/.." exists once "a" does
        throw e;
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // not ours to keep
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Writer w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
