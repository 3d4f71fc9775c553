package io.dslint.engine;

import io.dslint.engine.Linter.FileState;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs document tasks in parallel and delivers whole files in input order. The reading thread
 * submits documents file by file; at most {@link #window} documents are in flight, and finished
 * documents are folded into their file's result in document order as soon as they are at the
 * head, so memory holds only the documents in flight and the findings of unfinished files.
 * The first document runs on the calling thread: a one-document run starts no threads.
 */
final class DocumentPipeline implements AutoCloseable {
  /** A file being assembled: its result so far and its documents still in flight, in order. */
  private static final class PendingFile {
    final FileState result;
    final Deque<Future<FileState>> documents = new ArrayDeque<>();
    FileState trailingError;
    boolean complete;

    PendingFile(FileState result) {
      this.result = result;
    }
  }

  private final int threads;
  private final int window;
  private final Linter.FileResultConsumer consumer;
  private final Deque<PendingFile> files = new ArrayDeque<>();
  private ExecutorService pool;
  private int inFlight;
  private boolean firstDone;

  DocumentPipeline(int threads, Linter.FileResultConsumer consumer) {
    this.threads = threads;
    this.window = threads * 16;
    this.consumer = consumer;
  }

  /** Starts the next file; {@code empty} is its result before any document. */
  void startFile(FileState empty) {
    files.addLast(new PendingFile(empty));
  }

  void submit(Callable<FileState> task) throws IOException {
    Future<FileState> future;
    if (threads == 1 || !firstDone) {
      firstDone = true;
      future = CompletableFuture.completedFuture(call(task));
    } else {
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "dslint-lint");
          t.setDaemon(true);
          return t;
        });
      }
      future = pool.submit(task);
    }
    files.peekLast().documents.addLast(future);
    inFlight++;
    while (inFlight > window) {
      drainOne();
    }
  }

  /** A problem that ended reading the current file; it follows the file's documents. */
  void addFileError(FileState error) {
    files.peekLast().trailingError = error;
  }

  void endFile() throws IOException {
    files.peekLast().complete = true;
    deliverReady();
  }

  @Override
  public void close() throws IOException {
    try {
      while (!files.isEmpty()) {
        if (!drainOne()) {
          break;
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Folds the oldest in-flight document into its file; delivers finished files. */
  private boolean drainOne() throws IOException {
    for (PendingFile f : files) {
      Future<FileState> next = f.documents.pollFirst();
      if (next != null) {
        f.result.merge(await(next));
        inFlight--;
        deliverReady();
        return true;
      }
      if (!f.complete) {
        return false;
      }
    }
    deliverReady();
    return false;
  }

  private void deliverReady() throws IOException {
    while (!files.isEmpty()) {
      PendingFile head = files.peekFirst();
      while (!head.documents.isEmpty() && head.documents.peekFirst().isDone()) {
        head.result.merge(await(head.documents.pollFirst()));
        inFlight--;
      }
      if (!head.complete || !head.documents.isEmpty()) {
        return;
      }
      if (head.trailingError != null) {
        head.result.merge(head.trailingError);
      }
      files.pollFirst();
      consumer.accept(head.result.toResult());
    }
  }

  private static FileState call(Callable<FileState> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileState await(Future<FileState> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linting", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
