package io.github.briefings.benchmarks;

import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ratios of the README's table, each from JMH runs of its two sides at the same time: one fork
 * of each, started together, each on a core of its own. A machine whose speed changes from second to
 * second (a shared virtual machine) changes it for both sides at once, where runs one after another,
 * even in balanced order, each meet it at another moment. Each run of a pair gives one ratio; the
 * table gives each run's ratio and their median.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Simultaneous [runs] [pair ...]}</pre>
 *
 * <p>Three runs unless given; every pair unless named by its key in {@link Pairs#ALL}. It needs two
 * cores with nothing else to do. The two sides share the machine's caches and memory while they run,
 * so a side that works the memory hard slows the other a little; JMH's lock, which keeps two JMH runs
 * from measuring at once, is set aside for this.
 */
public final class Simultaneous {
  private Simultaneous() {}

  /** Measures a side: the time per operation of one JMH run of one fork, in any unit, the same for both sides. */
  @FunctionalInterface
  interface Timer {
    double time(Side side) throws Exception;
  }

  /**
   * Runs the pairs and prints the table.
   *
   * @param args the number of runs, then the keys of the pairs to measure
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    Pairs.Plan plan = Pairs.planOrExit(Simultaneous.class, "runs", 3, args);
    int runs = plan.count();
    List<Pair> pairs = plan.pairs();
    System.setProperty("jmh.ignoreLock", "true"); // two runs at once are the point
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    for (Pair p : pairs) {
      ratios.put(p, new double[runs]);
    }
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (int r = 0; r < runs; r++) {
        for (Pair p : pairs) {
          double[] t = times(p, Balanced::time, two);
          System.err.printf(Locale.ROOT, "run %d/%d %-28s %12.3f µs %-28s %12.3f µs%n", r + 1, runs, p.over(), t[0],
              p.under(), t[1]);
          ratios.get(p)[r] = t[0] / t[1];
        }
      }
    } finally {
      two.shutdownNow();
    }
    System.out.println(Pairs.table("runs", ratios));
  }

  /**
   * Times the two sides of a pair at once, on two threads of {@code two}.
   *
   * @return the time of {@code over}, then that of {@code under}
   * @throws Exception what the timer threw for either side
   */
  static double[] times(Pair p, Timer timer, ExecutorService two) throws Exception {
    Future<Double> over = two.submit(() -> timer.time(p.over()));
    Future<Double> under = two.submit(() -> timer.time(p.under()));
    try {
      return new double[] {over.get(), under.get()};
    } catch (ExecutionException e) {
      over.cancel(true);
      under.cancel(true);
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
