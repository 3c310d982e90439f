package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.benchmarks.Pairs.Pair;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simultaneous runner's plan; its timers here run no benchmark (timing is never asserted). */
class SimultaneousTest {
  private final ExecutorService two = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    two.shutdownNow();
  }

  @Test
  void theTwoSidesRunAtTheSameTime() throws Exception {
    // each side waits until the other has started: one after the other, neither would finish
    CountDownLatch started = new CountDownLatch(2);
    Pair write = Pairs.ALL.get("write");
    double[] t = Simultaneous.times(write, side -> {
      started.countDown();
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException(side + " ran alone");
      }
      return side.equals(write.over()) ? 19.0 : 20.0;
    }, two);
    assertThat(t).containsExactly(19.0, 20.0);
  }

  @Test
  void aSideThatFailsFailsThePairWithItsOwnException() {
    Pair read = Pairs.ALL.get("read");
    assertThatThrownBy(() -> Simultaneous.times(read, side -> {
      if (side.equals(read.under())) {
        throw new IOException("no fork for " + side);
      }
      return 1.0;
    }, two)).isInstanceOf(IOException.class).hasMessage("no fork for read_records");
  }
}
