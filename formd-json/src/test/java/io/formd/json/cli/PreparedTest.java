package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PreparedTest {

  @Test
  void theValueIsMadeOnItsOwnDaemonThreadAndGivenToEveryCaller() throws InterruptedException {
    CountDownLatch asked = new CountDownLatch(1);
    Thread[] maker = new Thread[1];
    Prepared<String> value = Prepared.start("formd test", () -> {
      maker[0] = Thread.currentThread();
      asked.await();
      return "made";
    });
    asked.countDown();
    assertThat(value.get()).isEqualTo("made");
    assertThat(value.get()).isSameAs(value.get());
    assertThat(maker[0]).isNotSameAs(Thread.currentThread());
    assertThat(maker[0].getName()).isEqualTo("formd test");
    assertThat(maker[0].isDaemon()).isTrue();
    assertThat(Prepared.of("given").get()).isEqualTo("given");
  }

  @Test
  void whatTheMakingThrowsIsThrownAsItWasOrWrappedWhenChecked() {
    IllegalArgumentException clash = new IllegalArgumentException("rule id D-X clashes");
    assertThatThrownBy(() -> Prepared.start("t", () -> {
      throw clash;
    }).get()).isSameAs(clash);
    AssertionError error = new AssertionError("broken");
    assertThatThrownBy(() -> Prepared.start("t", () -> {
      throw error;
    }).get()).isSameAs(error);
    IOException io = new IOException("gone");
    assertThatThrownBy(() -> Prepared.start("t", () -> {
      throw io;
    }).get()).isInstanceOf(IllegalStateException.class).hasCause(io);
  }

  @Test
  void anInterruptWhileWaitingIsKeptForTheCallerAndTheValueStillComes() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    Prepared<String> value = Prepared.start("t", () -> {
      release.await();
      return "late";
    });
    Thread.currentThread().interrupt();
    Thread releaser = new Thread(release::countDown);
    releaser.start();
    try {
      assertThat(value.get()).isEqualTo("late");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      releaser.join();
    }
  }
}
