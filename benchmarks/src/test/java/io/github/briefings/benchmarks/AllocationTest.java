package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingSeries;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The goals of the README's table that do not depend on the machine's speed: what reading the seed
 * and checking a series allocate. Unlike a time, an allocation is the same on every run of the same
 * code, so the build holds these goals; JMH's {@code -prof gc} gives the same figures.
 *
 * <p>The thread's allocated bytes are read around a batch of calls. One-time costs (classes loaded,
 * Jackson's caches filled) fall in the first batches, so each figure is the least of several. The
 * JIT only lowers these figures, by removing allocations; interpreted, reading the seed allocates about
 * 25 KB and the series check 0.8 KB a briefing, so the goals hold at any stage of compilation.
 */
class AllocationTest {
  /** The goal for reading the seed: at most 32 KB (the records read it with about 18 KB). */
  static final long READ_GOAL = 32 * 1024;
  /** The goal for checking a series: at most 2 KB a briefing. */
  static final long SERIES_GOAL_PER_BRIEFING = 2 * 1024;

  private static com.sun.management.ThreadMXBean threads;
  private static Comparisons c;

  @BeforeAll
  static void fixtures() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "this JVM does not count the bytes a thread allocates");
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM does not count the bytes a thread allocates");
    threads.setThreadAllocatedMemoryEnabled(true);
    c = new Comparisons();
  }

  @AfterAll
  static void close() {
    if (c != null) {
      c.close();
    }
  }

  @Test
  void readingTheSeedAllocatesAtMost32Kilobytes() throws Exception {
    long perRead = least(5, 100, c::readModule);
    assertThat(perRead).as("bytes allocated per reading of the seed").isLessThanOrEqualTo(READ_GOAL)
        // a reading that allocated nothing would mean the measurement measured nothing
        .isGreaterThan(1024);
  }

  @Test
  void checkingASeriesAllocatesAtMost2KilobytesABriefing() throws Exception {
    List<Briefing> briefings = Comparisons.series(10_000);
    long perCheck = least(3, 1, () -> BriefingSeries.of(briefings).check());
    assertThat(perCheck / briefings.size()).as("bytes allocated per briefing checked in a series of 10,000")
        .isLessThanOrEqualTo(SERIES_GOAL_PER_BRIEFING)
        .isGreaterThan(0);
  }

  /** The measurement itself: a batch that allocates a known array is measured as at least its size. */
  @Test
  void theCountSeesWhatABatchAllocates() throws Exception {
    long perCall = least(3, 10, () -> new byte[100_000]);
    assertThat(perCall).isBetween(100_000L, 100_000L + 1024);
  }

  /** Something measured, which must not be thrown away. */
  interface Call {
    Object call() throws Exception;
  }

  static Object sink;

  /** The least of {@code batches} batches of the bytes this thread allocated per call, in a batch of {@code calls}. */
  static long least(int batches, int calls, Call call) throws Exception {
    long thread = Thread.currentThread().getId();
    long least = Long.MAX_VALUE;
    for (int b = 0; b < batches; b++) {
      long before = threads.getThreadAllocatedBytes(thread);
      for (int i = 0; i < calls; i++) {
        sink = call.call();
      }
      long after = threads.getThreadAllocatedBytes(thread);
      least = Math.min(least, (after - before) / calls);
    }
    sink = null;
    return least;
  }
}
