package io.github.briefings.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Two sides measured in alternating batches, so that the machine's drift falls on both alike, and the
 * median of their ratios: what {@link Interleaved} and {@link Versus} share.
 */
final class Alternation {
  private static volatile Object sink;

  private Alternation() {}

  /**
   * Warms a side up for two seconds, then returns how many calls of it take about 10 ms: a batch long
   * enough for the clock, short enough for the drift to fall on both sides of a round alike.
   */
  static int batch(Callable<?> side) throws Exception {
    run(side, 2_000_000_000L);
    return (int) Math.max(1, run(side, 200_000_000L) / 20);
  }

  /** Calls a side for about {@code nanos}; returns how many times it was called. */
  private static long run(Callable<?> side, long nanos) throws Exception {
    long start = System.nanoTime();
    long calls = 0;
    while (System.nanoTime() - start < nanos) {
      sink = side.call();
      calls++;
    }
    return calls;
  }

  /**
   * Returns the ratios of {@code rounds} rounds, after {@code warmUp} rounds not kept: in each, the
   * time of {@code left} over that of {@code right}, each run {@code batch} times, multiplied by
   * {@code scale} (for sides that do unequal shares of work). Each round starts with the other
   * side, so that neither always follows the same work.
   */
  static double[] ratios(Callable<?> left, Callable<?> right, int batch, int warmUp, int rounds, double scale)
      throws Exception {
    double[] ratios = new double[rounds];
    for (int i = -warmUp; i < rounds; i++) {
      boolean leftFirst = (i & 1) == 0;
      long a = run(leftFirst ? left : right, batch);
      long b = run(leftFirst ? right : left, batch);
      if (i >= 0) {
        ratios[i] = scale * (leftFirst ? (double) a / b : (double) b / a);
      }
    }
    return ratios;
  }

  /** Returns {@code 1.02× (quartiles 0.98–1.05)}. */
  static String median(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return String.format(Locale.ROOT, "%.2f× (quartiles %.2f–%.2f)", sorted[n / 2], sorted[n / 4], sorted[3 * n / 4]);
  }

  /** Runs one side a batch of times; returns the nanoseconds it took. */
  private static long run(Callable<?> side, int times) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      sink = side.call();
    }
    return System.nanoTime() - start;
  }
}
