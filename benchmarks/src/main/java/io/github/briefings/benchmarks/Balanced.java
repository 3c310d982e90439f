package io.github.briefings.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Three blocks unless given; every pair unless named ({@code read}, {@code readValidate},
 * {@code validate}, {@code moneta}, {@code convert}, {@code divide}, {@code write}, {@code series}).
 * Each run has the warm-up and measurement its benchmark declares, so a block of every pair takes
 * about 13 minutes here.
 */
public final class Balanced {
  private Balanced() {}

  /** One benchmark of {@link Benchmarks}, with the series' size when it is the series check. */
  record Side(String benchmark, String size) {
    Side(String benchmark) {
      this(benchmark, null);
    }

    @Override
    public String toString() {
      return size == null ? benchmark : benchmark + "[" + size + "]";
    }
  }

  /** A row of the table: the time of {@code over} divided by that of {@code under}. */
  record Pair(String key, String comparison, Side over, Side under, String goal) {
    /** The four runs of one block: A B B A. */
    List<Side> block() {
      return List.of(over, under, under, over);
    }
  }

  /** Every pair of the README's table, by key, in its order. */
  static final Map<String, Pair> PAIRS = pairs(
      new Pair("read", "read: module / records", new Side("read_module"), new Side("read_records"), "≤ 1.2×"),
      new Pair("readValidate", "read + validate / records read", new Side("readValidate_module"),
          new Side("read_records"), "≤ 1.3×"),
      new Pair("validate", "validation: Hibernate Validator / ours", new Side("validate_hibernate"),
          new Side("validate_ours"), "≥ 5×"),
      new Pair("moneta", "conversion: Moneta / ours", new Side("convert_moneta"), new Side("convert_ours"), "≥ 20×"),
      new Pair("convert", "conversion: ours / BigDecimal", new Side("convert_ours"), new Side("convert_bigDecimal"),
          "≤ 1.1×"),
      new Pair("divide", "conversion: ours / BigDecimal division", new Side("convert_ours"),
          new Side("convert_bigDecimalDivide"), ""),
      new Pair("write", "write: module / records", new Side("write_module"), new Side("write_records"), "≤ 1.0×"),
      new Pair("series", "series: 10⁵ / 10⁴ briefings", new Side("series_check", "100000"),
          new Side("series_check", "10000"), "≤ 11×"));

  private static Map<String, Pair> pairs(Pair... pairs) {
    Map<String, Pair> byKey = new LinkedHashMap<>();
    for (Pair p : pairs) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }

  /**
   * Runs the blocks and prints the table.
   *
   * @param args the number of blocks, then the keys of the pairs to measure
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int blocks = args.length > 0 ? blocks(args[0]) : 3;
    List<Pair> pairs = select(args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of());
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    for (Pair p : pairs) {
      ratios.put(p, new double[blocks]);
    }
    for (int b = 0; b < blocks; b++) {
      for (Pair p : pairs) {
        double[] t = new double[4];
        List<Side> order = p.block();
        for (int i = 0; i < 4; i++) {
          t[i] = time(order.get(i));
          System.err.printf(Locale.ROOT, "block %d/%d %-28s %12.3f µs%n", b + 1, blocks, order.get(i), t[i]);
        }
        ratios.get(p)[b] = ratio(t[0], t[1], t[2], t[3]);
      }
    }
    System.out.println(table(ratios));
  }

  /**
   * The number of blocks as given.
   *
   * @throws IllegalArgumentException naming the argument when it is not a whole number of at least one
   */
  static int blocks(String given) {
    int n;
    try {
      n = Integer.parseInt(given);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new IllegalArgumentException("the number of blocks must be a whole number of at least 1, not " + given);
    }
    return n;
  }

  /**
   * The pairs named, in the table's order; every pair when none is named.
   *
   * @throws IllegalArgumentException naming a key that is no pair's, and the keys there are
   */
  static List<Pair> select(List<String> keys) {
    for (String k : keys) {
      if (!PAIRS.containsKey(k)) {
        throw new IllegalArgumentException("no pair is named " + k + "; the pairs are " + PAIRS.keySet());
      }
    }
    List<Pair> selected = new ArrayList<>();
    for (Pair p : PAIRS.values()) {
      if (keys.isEmpty() || keys.contains(p.key())) {
        selected.add(p);
      }
    }
    return selected;
  }

  /** One block's ratio from its times in the order run (A B B A): (a₁ + a₂) / (b₁ + b₂). */
  static double ratio(double a1, double b1, double b2, double a2) {
    return (a1 + a2) / (b1 + b2);
  }

  /** The median of the blocks' ratios (the mean of the middle two when there is an even number). */
  static double median(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The table, in Markdown: each pair's block ratios, their median and the goal. */
  static String table(Map<Pair, double[]> ratios) {
    StringBuilder s = new StringBuilder("| comparison | blocks | median | goal |\n|---|---|---|---|\n");
    for (Map.Entry<Pair, double[]> e : ratios.entrySet()) {
      StringBuilder each = new StringBuilder();
      for (double r : e.getValue()) {
        each.append(each.length() == 0 ? "" : ", ").append(format(r));
      }
      s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |\n", e.getKey().comparison(), each,
          format(median(e.getValue())), e.getKey().goal()));
    }
    return s.toString();
  }

  /** Two decimals below 10, one below 100, none above: as the README's table. */
  private static String format(double ratio) {
    String digits = ratio < 10 ? "%.2f×" : ratio < 100 ? "%.1f×" : "%.0f×";
    return String.format(Locale.ROOT, digits, ratio);
  }

  /** The benchmark's score in one JMH run of one fork, in microseconds per operation. */
  private static double time(Side side) throws RunnerException {
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
