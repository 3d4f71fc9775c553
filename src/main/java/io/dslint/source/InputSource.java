package io.dslint.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One input to lint: a file, or standard input. {@code displayName} is the path as the user
 * gave it (or as found under a directory they gave), which is how reporters name it.
 */
public record InputSource(String displayName, Path path, InputStream stdin) {
  public static final String STDIN_NAME = "<stdin>";
  /**
   * How long opening a named pipe may wait for its writer. Opening a FIFO blocks until a writer
   * opens it; process substitution ({@code <(helm template …)}) and a writer started beside dslint
   * open it at once, a FIFO nobody writes to never would.
   */
  public static final long PIPE_OPEN_TIMEOUT_MILLIS = 3_000;
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;

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
    if (path == null) {
      return stdin;
    }
    if (Files.isRegularFile(path) || !isFifo(path)) {
      return Files.newInputStream(path);
    }
    return openPipe(path, PIPE_OPEN_TIMEOUT_MILLIS);
  }

  private static boolean isFifo(Path path) {
    try {
      return ((Integer) Files.getAttribute(path, "unix:mode") & S_IFMT) == S_IFIFO;
    } catch (IOException | RuntimeException e) {
      return false; // no unix view (Windows): a named pipe there does not block on open
    }
  }

  /**
   * Opens a named pipe on a helper thread and waits at most {@code timeoutMillis} for a writer.
   * On time-out the helper is released by opening the pipe for writing once (the reader's open
   * then returns, and it reads end of file), so no thread stays blocked.
   */
  static InputStream openPipe(Path path, long timeoutMillis) throws IOException {
    CompletableFuture<InputStream> opened = new CompletableFuture<>();
    Thread opener = new Thread(() -> {
      try {
        opened.complete(Files.newInputStream(path));
      } catch (Throwable t) {
        opened.completeExceptionally(t);
      }
    }, "dslint-open-pipe");
    opener.setDaemon(true);
    opener.start();
    try {
      return opened.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      release(path, opened);
      throw new IOException("no process writes to this named pipe (waited "
          + timeoutMillis / 1000 + " s for a writer to open it)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening a named pipe", e);
    }
  }

  private static void release(Path path, CompletableFuture<InputStream> opened) {
    Thread releaser = new Thread(() -> {
      try (OutputStream w = Files.newOutputStream(path, StandardOpenOption.WRITE)) {
        // opening is enough: the blocked reader's open returns
      } catch (IOException | RuntimeException ignored) {
        // the pipe went away; nothing is blocked on it any more
      }
    }, "dslint-release-pipe");
    releaser.setDaemon(true);
    releaser.start();
    opened.thenAccept(in -> {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing to release
      }
    });
  }
}
