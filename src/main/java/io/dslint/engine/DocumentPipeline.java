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
 * Runs document tasks in parallel and delivers their results one document at a time, in input
 * order. The reading thread submits documents file by file; at most {@link #window} documents
 * are in flight, and each finished document is handed to the {@link Delivery} as soon as every
 * document before it was, so memory holds only the documents in flight, however long a file is.
 * The first document runs on the calling thread: a one-document run starts no threads.
 */
final class DocumentPipeline implements AutoCloseable {
  /** Receives, on the reading thread and in input order, what the pipeline was given. */
  interface Delivery {
    void startFile(String file) throws IOException;

    /** One document's result, or the error that ended reading the file (always its last part). */
    void document(FileState part) throws IOException;

    void endFile() throws IOException;
  }

  /** What the queue holds, in input order: file boundaries and the documents between them. */
  private sealed interface Entry permits StartFile, Document, EndFile {}

  private record StartFile(String file) implements Entry {}

  private record Document(Future<FileState> result) implements Entry {}

  private record EndFile() implements Entry {}

  private final int threads;
  private final int window;
  private final Delivery delivery;
  private final Deque<Entry> queue = new ArrayDeque<>();
  private ExecutorService pool;
  private int inFlight;
  private boolean firstDone;

  DocumentPipeline(int threads, Delivery delivery) {
    this.threads = threads;
    this.window = threads * 16;
    this.delivery = delivery;
  }

  void startFile(String file) throws IOException {
    queue.addLast(new StartFile(file));
    deliver(Integer.MAX_VALUE);
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
    queue.addLast(new Document(future));
    inFlight++;
    deliver(window);
  }

  /** A problem that ended reading the current file; it follows the file's documents. */
  void addFileError(FileState error) throws IOException {
    queue.addLast(new Document(CompletableFuture.completedFuture(error)));
    inFlight++;
    deliver(Integer.MAX_VALUE);
  }

  void endFile() throws IOException {
    queue.addLast(new EndFile());
    deliver(Integer.MAX_VALUE);
  }

  @Override
  public void close() throws IOException {
    try {
      deliver(0);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Delivers the head of the queue while it is finished, and waits for the oldest unfinished
   * document (never another: results must leave in order) while more than {@code maxInFlight}
   * documents are in flight.
   */
  private void deliver(int maxInFlight) throws IOException {
    while (!queue.isEmpty()) {
      Entry head = queue.peekFirst();
      if (head instanceof Document d) {
        if (!d.result().isDone() && inFlight <= maxInFlight) {
          return;
        }
        queue.pollFirst();
        inFlight--;
        delivery.document(await(d.result()));
      } else if (head instanceof StartFile s) {
        queue.pollFirst();
        delivery.startFile(s.file());
      } else {
        queue.pollFirst();
        delivery.endFile();
      }
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
