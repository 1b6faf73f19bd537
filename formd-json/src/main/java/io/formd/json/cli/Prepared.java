package io.formd.json.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value made on a thread of its own from the moment it is asked for, while the caller does other work; {@link #get}
 * waits for it. What the making throws, {@code get} throws as it was (an unchecked exception or an error; a checked
 * one wrapped in an {@link IllegalStateException}).
 *
 * @param <T> the value's type
 */
final class Prepared<T> implements Supplier<T> {

  private final FutureTask<T> task;

  private Prepared(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * @param name the thread's name (a daemon: a run that ends before the value is needed does not wait for it)
   * @param make what makes the value
   * @return the value being made
   */
  static <T> Prepared<T> start(String name, Callable<T> make) {
    FutureTask<T> task = new FutureTask<>(make);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new Prepared<>(task);
  }

  /** @return a value already made */
  static <T> Prepared<T> of(T value) {
    FutureTask<T> task = new FutureTask<>(() -> value);
    task.run();
    return new Prepared<>(task);
  }

  /** The value, once made (waiting uninterruptibly: an interrupt is kept for the caller to see). */
  @Override
  public T get() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
