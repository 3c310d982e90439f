package io.github.briefings.benchmarks;

import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingSeries;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The ratios of the pairs on the seed, measured side by side: batches of one side and of the other
 * alternate, so that the machine's drift, which moves a JMH run's ratio between one benchmark and the
 * next, falls on both sides alike; the series check of 10⁵ briefings alternates with ten checks of
 * 10⁴. Prints the median ratio of each pair and its quartiles. A check of JMH's table, not a
 * replacement: no forks, no blackhole, one warm-up for all.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Interleaved [rounds]}</pre>
 */
public final class Interleaved {
  private static volatile Object sink;

  private Interleaved() {}

  /**
   * A ratio: the time of {@code left} over that of {@code right}, each run {@code batch} times a round,
   * multiplied by {@code scale} (for sides that do unequal shares of work).
   */
  private record Pair(String name, Callable<?> left, Callable<?> right, int batch, double scale) {
    Pair(String name, Callable<?> left, Callable<?> right, int batch) {
      this(name, left, right, batch, 1);
    }
  }

  /**
   * Measures and prints the ratios.
   *
   * @param args the number of rounds per pair, 60 unless given
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    Comparisons c = new Comparisons();
    List<Briefing> small = Comparisons.series(10_000);
    List<Briefing> large = Comparisons.series(100_000);
    List<Pair> pairs = List.of(
        new Pair("read: module / records", c::readModule, c::readRecords, 1_000),
        new Pair("read + validate / records", c::readAndValidate, c::readRecords, 1_000),
        new Pair("validation: Hibernate Validator / ours", c::validateHibernate, c::validateOurs, 2_000),
        new Pair("conversion: ours / BigDecimal", c::convertOurs, c::convertBigDecimal, 50_000),
        new Pair("conversion: ours / BigDecimal division", c::convertOurs, c::divideBigDecimal, 50_000),
        new Pair("write: module / records", c::writeModule, c::writeRecords, 1_000),
        // ten checks of 10⁴ briefings against one of 10⁵: the same number of briefings each side
        new Pair("series: 10⁵ / 10⁴ briefings", () -> BriefingSeries.of(large).check(), () -> {
          Object last = null;
          for (int i = 0; i < 10; i++) {
            last = BriefingSeries.of(small).check();
          }
          return last;
        }, 1, 10));
    for (Pair p : pairs) {
      for (int i = 0; i < 10; i++) {
        run(p.left(), p.batch());
        run(p.right(), p.batch());
      }
    }
    for (Pair p : pairs) {
      double[] ratios = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        // each round starts with the other side, so that neither always follows the same work
        boolean leftFirst = i % 2 == 0;
        long a = leftFirst ? run(p.left(), p.batch()) : run(p.right(), p.batch());
        long b = leftFirst ? run(p.right(), p.batch()) : run(p.left(), p.batch());
        ratios[i] = p.scale() * (leftFirst ? (double) a / b : (double) b / a);
      }
      Arrays.sort(ratios);
      System.out.printf("%-40s %.2f× (quartiles %.2f–%.2f)%n", p.name(), ratios[rounds / 2], ratios[rounds / 4],
          ratios[3 * rounds / 4]);
    }
    c.close();
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
