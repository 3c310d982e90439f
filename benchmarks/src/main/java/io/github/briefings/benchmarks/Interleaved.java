package io.github.briefings.benchmarks;

import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingSeries;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The ratios of the README's table, measured side by side: batches of one side and of the other
 * alternate, a few milliseconds each, so that the machine's changes of speed, which move a JMH run's
 * ratio between one benchmark and the next, fall on both sides alike. A side with a series size
 * checks as many briefings per batch as the other: one check of 10⁵ briefings against ten of 10⁴.
 * Prints the median ratio of each pair and its quartiles. A check of JMH's table, not a replacement:
 * no forks, no blackhole, one warm-up for all.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Interleaved [rounds] [pair ...]}</pre>
 *
 * <p>60 rounds unless given; every pair unless named by its key in {@link Pairs#ALL}.
 */
public final class Interleaved {
  private static volatile Object sink;

  private Interleaved() {}

  /**
   * Measures and prints the ratios.
   *
   * @param args the number of rounds per pair, then the keys of the pairs to measure
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    Pairs.Plan plan = Pairs.planOrExit(Interleaved.class, "rounds", 60, args);
    int rounds = plan.count();
    List<Pair> pairs = plan.pairs();
    Comparisons c = new Comparisons();
    Map<Side, Callable<?>> sides = new LinkedHashMap<>();
    for (Pair p : pairs) {
      for (Side s : List.of(p.over(), p.under())) {
        sides.computeIfAbsent(s, side -> side(side, c));
      }
    }
    for (Pair p : pairs) {
      for (int i = 0; i < 10; i++) {
        run(sides.get(p.over()), batch(p.over()));
        run(sides.get(p.under()), batch(p.under()));
      }
    }
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    for (Pair p : pairs) {
      double[] r = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        // each round starts with the other side, so that neither always follows the same work
        boolean overFirst = i % 2 == 0;
        Side first = overFirst ? p.over() : p.under();
        Side second = overFirst ? p.under() : p.over();
        long firstNanos = run(sides.get(first), batch(first));
        long secondNanos = run(sides.get(second), batch(second));
        r[i] = overFirst ? ratio(p, firstNanos, secondNanos) : ratio(p, secondNanos, firstNanos);
      }
      ratios.put(p, r);
    }
    System.out.println(table(ratios));
    c.close();
  }

  /**
   * What one run of a side does, as its benchmark does it.
   *
   * @throws IllegalArgumentException naming the side when it has no side-by-side measure
   */
  static Callable<?> side(Side side, Comparisons c) {
    return switch (side.benchmark()) {
      case "read_module" -> c::readModule;
      case "read_records" -> c::readRecords;
      case "readValidate_module" -> c::readAndValidate;
      case "validate_ours" -> c::validateOurs;
      case "validate_hibernate" -> c::validateHibernate;
      case "convert_ours" -> c::convertOurs;
      case "convert_moneta" -> c::convertMoneta;
      case "convert_bigDecimal" -> c::convertBigDecimal;
      case "convert_bigDecimalDivide" -> c::divideBigDecimal;
      case "write_module" -> c::writeModule;
      case "write_records" -> c::writeRecords;
      case "series_check" -> new Callable<>() {
        private final int size = Integer.parseInt(side.size());
        private List<Briefing> briefings; // made at the first call, which the warm-up makes

        @Override
        public Object call() {
          if (briefings == null) {
            briefings = Comparisons.series(size);
          }
          return BriefingSeries.of(briefings).check();
        }
      };
      default -> throw new IllegalArgumentException("no side-by-side measure of " + side);
    };
  }

  /**
   * How many times a side runs in one batch: tens of milliseconds of it here; a series check as many
   * times as makes 10⁵ briefings.
   *
   * @throws IllegalArgumentException naming the side when it has no side-by-side measure
   */
  static int batch(Side side) {
    return switch (side.benchmark()) {
      case "read_module", "read_records", "readValidate_module", "write_module", "write_records" -> 1_000;
      case "validate_ours", "validate_hibernate", "convert_moneta" -> 2_000;
      case "convert_ours", "convert_bigDecimal", "convert_bigDecimalDivide" -> 50_000;
      case "series_check" -> 100_000 / Integer.parseInt(side.size());
      default -> throw new IllegalArgumentException("no side-by-side measure of " + side);
    };
  }

  /** A round's ratio: the time of one run of {@code over} over that of one run of {@code under}. */
  static double ratio(Pair p, long overNanos, long underNanos) {
    return ((double) overNanos / batch(p.over())) / ((double) underNanos / batch(p.under()));
  }

  /** The table, in Markdown: each pair's median ratio, its quartiles and the goal. */
  static String table(Map<Pair, double[]> ratios) {
    StringBuilder s = new StringBuilder("| comparison | median | quartiles | goal |\n|---|---|---|---|\n");
    for (Map.Entry<Pair, double[]> e : ratios.entrySet()) {
      double[] sorted = e.getValue().clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      s.append(String.format(Locale.ROOT, "| %s | %s | %s–%s | %s |\n", e.getKey().comparison(),
          Pairs.format(Pairs.median(sorted)), Pairs.format(sorted[n / 4]), Pairs.format(sorted[3 * n / 4]),
          e.getKey().goal()));
    }
    return s.toString();
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
