package io.formd.json.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Runs tasks on several threads, the caller's among them, and hands their results to one consumer in the tasks'
 * order, one at a time.
 *
 * <p>No queue, no future per task and no waiting for a batch: each thread takes the next task by number, and the
 * thread that finishes the task the consumer waits for hands over it and every later result already done (the others
 * go on with their next task meanwhile). A directory of 60,000 files is thus read with every core busy, where batches
 * of futures left the workers waiting for the slowest file of each batch and for the consumer between batches. At most
 * {@code window} results wait at any time, so memory stays bounded however slow the consumer (a terminal printing
 * findings) is.
 *
 * <p>The consumer is called on whichever thread hands over, never two at a time; everything it did is visible to the
 * caller once {@link #run} returns. What a task or the consumer throws ends the run: no later result is handed over,
 * and {@code run} throws it as it was (an unchecked exception or an error; a checked one wrapped in an
 * {@link IllegalStateException}).
 *
 * @param <T> the tasks' result
 */
final class InOrder<T> {

  /** A task's result when it threw. */
  private static final class Thrown {
    final Throwable cause;

    Thrown(Throwable cause) {
      this.cause = cause;
    }
  }

  /** The result of a task that returned null (a slot holding null is a result not yet there). */
  private static final Object NULL = new Object();

  private final List<? extends Callable<? extends T>> tasks;
  private final int count;
  private final Consumer<? super T> consumer;
  private final int window;
  private final AtomicReferenceArray<Object> done;
  private final Semaphore room;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean handing = new AtomicBoolean();
  /** The next task whose result is handed over; written only by the thread handing over. */
  private volatile int head;
  private volatile Throwable failure;

  private InOrder(List<? extends Callable<? extends T>> tasks, int window, Consumer<? super T> consumer) {
    this.tasks = tasks;
    this.count = tasks.size();
    this.window = window;
    this.consumer = consumer;
    this.done = new AtomicReferenceArray<>(window);
    this.room = new Semaphore(window);
  }

  /**
   * Runs every task and hands each result to the consumer, in the tasks' order.
   *
   * @param tasks the tasks (read, never changed, by every thread: the list must not change during the run)
   * @param threads how many threads run them, the caller's included (at least 1: 1 runs them all on the caller's)
   * @param window the most results done and not yet handed over (at least 1)
   * @param consumer what takes each result
   * @param <T> the results' type
   */
  static <T> void run(List<? extends Callable<? extends T>> tasks, int threads, int window,
      Consumer<? super T> consumer) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window are at least 1: " + threads + ", " + window);
    }
    if (tasks.isEmpty()) {
      return;
    }
    InOrder<T> run = new InOrder<>(tasks, window, consumer);
    int helpers = Math.min(threads, tasks.size()) - 1;
    Thread[] others = new Thread[helpers];
    for (int i = 0; i < helpers; i++) {
      others[i] = new Thread(run::work, "formd check " + (i + 1));
      others[i].setDaemon(true);
      others[i].start();
    }
    run.work();
    boolean interrupted = false;
    for (Thread other : others) {
      while (true) {
        try {
          other.join();
          break;
        } catch (InterruptedException e) {
          // The others stop at their next task; the caller sees the interrupt.
          interrupted = true;
          run.fail(e);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable failure = run.failure;
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    if (failure != null) {
      throw new IllegalStateException(failure instanceof InterruptedException ? "interrupted while checking files"
          : failure.toString(), failure);
    }
  }

  private void work() {
    while (failure == null) {
      try {
        room.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(e);
        return;
      }
      int index = next.getAndIncrement();
      if (index >= count || failure != null) {
        room.release();
        return;
      }
      Object result;
      try {
        T value = tasks.get(index).call();
        result = value == null ? NULL : value;
      } catch (Exception | Error e) {
        result = new Thrown(e);
      }
      done.set(index % window, result);
      handOver();
    }
  }

  /**
   * Hands over what is done from the head on, unless another thread is doing so; that thread looks again once it has
   * let go, so a result stored meanwhile is never left waiting.
   */
  @SuppressWarnings("unchecked")
  private void handOver() {
    while (handing.compareAndSet(false, true)) {
      try {
        int at = head;
        Object result;
        while (at < count && failure == null && (result = done.get(at % window)) != null) {
          done.set(at % window, null);
          head = ++at;
          if (result instanceof Thrown) {
            fail(((Thrown) result).cause);
            return;
          }
          consumer.accept(result == NULL ? null : (T) result);
          // Room for one more task only now: a result being handed over still counts as waiting.
          room.release();
        }
      } catch (RuntimeException | Error e) {
        fail(e);
        return;
      } finally {
        handing.set(false);
      }
      int at = head;
      if (failure != null || at >= count || done.get(at % window) == null) {
        return;
      }
    }
  }

  /** Ends the run with the first failure; threads waiting for room wake and stop. */
  private void fail(Throwable cause) {
    synchronized (this) {
      if (failure == null) {
        failure = cause;
      }
    }
    room.release(window + 1);
  }
}
