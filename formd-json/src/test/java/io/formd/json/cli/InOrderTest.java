package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InOrderTest {

  /** Tasks returning their own number, each noting how far ahead of the hand-over it was taken. */
  private static List<Callable<Integer>> numbered(int count, AtomicInteger handed, AtomicInteger furthestAhead) {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int number = i;
      tasks.add(() -> {
        furthestAhead.accumulateAndGet(number - handed.get(), Math::max);
        return number;
      });
    }
    return tasks;
  }

  @Property(tries = 60)
  void everyResultIsHandedOverOnceInTheTasksOrderAndNoTaskRunsAWindowAheadOfTheHandOver(
      @ForAll @IntRange(min = 0, max = 600) int count, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 40) int window) {
    AtomicInteger handed = new AtomicInteger();
    AtomicInteger furthestAhead = new AtomicInteger();
    List<Integer> seen = new ArrayList<>();
    Set<Thread> consumers = ConcurrentHashMap.newKeySet();
    AtomicInteger consuming = new AtomicInteger();
    AtomicInteger overlapping = new AtomicInteger();
    InOrder.run(numbered(count, handed, furthestAhead), threads, window, (Integer n) -> {
      if (consuming.incrementAndGet() > 1) {
        overlapping.incrementAndGet();
      }
      consumers.add(Thread.currentThread());
      seen.add(n);
      handed.incrementAndGet();
      consuming.decrementAndGet();
    });
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(i);
    }
    assertThat(seen).isEqualTo(expected);
    assertThat(overlapping.get()).as("the consumer is never called twice at a time").isZero();
    assertThat(furthestAhead.get()).as("a task is taken only while fewer than the window's results wait")
        .isLessThan(window);
    assertThat(consumers.size()).isLessThanOrEqualTo(threads);
  }

  @Test
  void oneThreadRunsEveryTaskOnTheCallersThread() {
    Set<Thread> runners = ConcurrentHashMap.newKeySet();
    List<Callable<Thread>> tasks = Collections.nCopies(50, () -> {
      runners.add(Thread.currentThread());
      return Thread.currentThread();
    });
    List<Thread> seen = new ArrayList<>();
    InOrder.run(tasks, 1, 8, seen::add);
    assertThat(runners).containsExactly(Thread.currentThread());
    assertThat(seen).hasSize(50);
  }

  @Test
  void aTaskReturningNullHandsOverNull() {
    List<String> seen = new ArrayList<>();
    InOrder.run(List.<Callable<String>>of(() -> "a", () -> null, () -> "c"), 2, 2, seen::add);
    assertThat(seen).containsExactly("a", null, "c");
  }

  @Test
  void whatATaskThrowsEndsTheRunAfterEveryEarlierResultWasHandedOver() {
    IllegalArgumentException broken = new IllegalArgumentException("rule D-X broke");
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int number = i;
      tasks.add(() -> {
        if (number == 120) {
          throw broken;
        }
        return number;
      });
    }
    for (int threads = 1; threads <= 3; threads++) {
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
      int n = threads;
      assertThatThrownBy(() -> InOrder.run(tasks, n, 16, seen::add)).isSameAs(broken);
      Integer[] before = new Integer[120];
      Arrays.setAll(before, i -> i);
      assertThat(seen).containsExactly(before);
    }
  }

  @Test
  void anErrorIsThrownAsItWasAndACheckedExceptionWrapped() {
    AssertionError error = new AssertionError("broken");
    assertThatThrownBy(() -> InOrder.run(List.<Callable<String>>of(() -> {
      throw error;
    }), 2, 4, s -> { })).isSameAs(error);
    IOException io = new IOException("gone");
    assertThatThrownBy(() -> InOrder.run(List.<Callable<String>>of(() -> "a", () -> {
      throw io;
    }), 2, 4, s -> { })).isInstanceOf(IllegalStateException.class).hasCause(io);
  }

  @Test
  void whatTheConsumerThrowsEndsTheRun() {
    IllegalStateException full = new IllegalStateException("disk full");
    List<Integer> seen = new ArrayList<>();
    AtomicInteger handed = new AtomicInteger();
    assertThatThrownBy(() -> InOrder.run(numbered(300, handed, new AtomicInteger()), 2, 8, (Integer n) -> {
      if (n == 40) {
        throw full;
      }
      seen.add(n);
      handed.incrementAndGet();
    })).isSameAs(full);
    assertThat(seen).hasSize(40);
  }

  @Test
  void anInterruptedCallerStopsAndKeepsItsInterrupt() {
    AtomicInteger ran = new AtomicInteger();
    List<Callable<Integer>> tasks = Collections.nCopies(100, ran::incrementAndGet);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> InOrder.run(tasks, 1, 4, n -> { }))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
      assertThat(Thread.interrupted()).isTrue();
      assertThat(ran.get()).isZero();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void threadsAndWindowAreAtLeastOne() {
    assertThatThrownBy(() -> InOrder.run(List.of(), 0, 4, n -> { })).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InOrder.run(List.of(), 2, 0, n -> { })).isInstanceOf(IllegalArgumentException.class);
    InOrder.run(List.<Callable<Integer>>of(), 2, 4, n -> {
      throw new AssertionError("nothing to hand over");
    });
  }
}
