package io.github.briefings.benchmarks;

import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The ratios of the README's table, each from JMH runs of its two sides in balanced order. A JMH run
 * of every benchmark measures one after another, so a machine whose speed drifts (a shared virtual
 * machine) moves a ratio by however much it drifted between the two sides. Here each pair is measured
 * in blocks of four JMH runs of one fork each, in the order A B B A: a drift that is steady over a
 * block falls on both sides alike. Each block gives one ratio, the sum of A's two times over that of
 * B's, which a drift linear in time leaves exact; the table gives each block's ratio and their median.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Balanced [blocks] [pair ...]}</pre>
 *
 * <p>Three blocks unless given; every pair unless named by its key in {@link Pairs#ALL}.
 * Each run has the warm-up and measurement its benchmark declares, so a block of every pair takes
 * about 13 minutes here.
 */
public final class Balanced {
  private Balanced() {}

  /** The four runs of one block of a pair: A B B A. */
  static List<Side> block(Pair p) {
    return List.of(p.over(), p.under(), p.under(), p.over());
  }

  /**
   * Runs the blocks and prints the table.
   *
   * @param args the number of blocks, then the keys of the pairs to measure
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Pairs.Plan plan = Pairs.planOrExit(Balanced.class, "blocks", 3, args);
    int blocks = plan.count();
    List<Pair> pairs = plan.pairs();
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    for (Pair p : pairs) {
      ratios.put(p, new double[blocks]);
    }
    for (int b = 0; b < blocks; b++) {
      for (Pair p : pairs) {
        double[] t = new double[4];
        List<Side> order = block(p);
        for (int i = 0; i < 4; i++) {
          t[i] = time(order.get(i));
          System.err.printf(Locale.ROOT, "block %d/%d %-28s %12.3f µs%n", b + 1, blocks, order.get(i), t[i]);
        }
        ratios.get(p)[b] = ratio(t[0], t[1], t[2], t[3]);
      }
    }
    System.out.println(table(ratios));
  }

  /** One block's ratio from its times in the order run (A B B A): (a₁ + a₂) / (b₁ + b₂). */
  static double ratio(double a1, double b1, double b2, double a2) {
    return (a1 + a2) / (b1 + b2);
  }

  /** The table, in Markdown: each pair's block ratios, their median and the goal. */
  static String table(Map<Pair, double[]> ratios) {
    return Pairs.table("blocks", ratios);
  }

  /** The benchmark's score in one JMH run of one fork, in microseconds per operation. */
  static double time(Side side) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(Benchmarks.class.getName() + "." + side.benchmark()) + "$")
        .forks(1)
        .verbosity(VerboseMode.SILENT);
    if (side.size() != null) {
      options.param("size", side.size());
    }
    RunResult result = new Runner(options.build()).runSingle();
    double score = result.getPrimaryResult().getScore();
    return result.getPrimaryResult().getScoreUnit().startsWith("ms") ? score * 1000 : score;
  }
}
