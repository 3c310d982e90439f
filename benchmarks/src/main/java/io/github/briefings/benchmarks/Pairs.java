package io.github.briefings.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;

/**
 * The pairs of the README's table, each a ratio of two benchmarks and its goal, by the key that
 * {@link Interleaved}, {@link Simultaneous} and {@link Balanced} take on their command line.
 * {@link Ratios} prints the same rows from JMH's results.
 */
final class Pairs {
  private Pairs() {}

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
  record Pair(String key, String comparison, Side over, Side under, String goal) {}

  /** Every pair of the README's table, by key, in its order. */
  static final Map<String, Pair> ALL = byKey(
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

  private static Map<String, Pair> byKey(Pair... pairs) {
    Map<String, Pair> byKey = new LinkedHashMap<>();
    for (Pair p : pairs) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }

  /** What a runner's command line asks for: a count (of rounds, runs or blocks) and the pairs. */
  record Plan(int count, List<Pair> pairs) {}

  /**
   * Reads a runner's command line: a count, {@code byDefault} when not given, then the keys of the
   * pairs, every pair when none is given.
   *
   * @param what what the count counts, as a message names it: {@code blocks}
   * @throws IllegalArgumentException naming the count or the key that is wrong
   */
  static Plan plan(String what, int byDefault, String... args) {
    int count = args.length > 0 ? count(what, args[0]) : byDefault;
    return new Plan(count, select(args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of()));
  }

  /**
   * Reads a runner's command line as {@link #plan} does; when it is wrong, prints what is wrong and
   * how to call the runner, and ends the JVM with status 2.
   */
  static Plan planOrExit(Class<?> runner, String what, int byDefault, String... args) {
    try {
      return plan(what, byDefault, args);
    } catch (IllegalArgumentException e) {
      throw exit(e.getMessage(), runner, "[" + what + "] [pair ...]");
    }
  }

  /**
   * Prints what is wrong with a runner's command line and how to call the runner, and ends the JVM
   * with status 2.
   *
   * @return nothing: declared so that a caller can {@code throw} it and the compiler sees the end
   */
  static IllegalStateException exit(String wrong, Class<?> runner, String arguments) {
    System.err.println(wrong);
    System.err.println("usage: java -cp benchmarks/target/benchmarks.jar " + runner.getName() + " " + arguments);
    System.exit(2);
    return new IllegalStateException("not reached: the JVM ended");
  }

  /**
   * The pairs named, in the table's order; every pair when none is named.
   *
   * @throws IllegalArgumentException naming a key that is no pair's, and the keys there are
   */
  static List<Pair> select(List<String> keys) {
    for (String k : keys) {
      if (!ALL.containsKey(k)) {
        throw new IllegalArgumentException("no pair is named " + k + "; the pairs are " + ALL.keySet());
      }
    }
    List<Pair> selected = new ArrayList<>();
    for (Pair p : ALL.values()) {
      if (keys.isEmpty() || keys.contains(p.key())) {
        selected.add(p);
      }
    }
    return selected;
  }

  /**
   * A count given on the command line, such as the number of blocks or rounds.
   *
   * @param what what it counts, as the message names it: {@code blocks}
   * @throws IllegalArgumentException naming the argument when it is not a whole number of at least one
   */
  static int count(String what, String given) {
    int n;
    try {
      n = Integer.parseInt(given);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new IllegalArgumentException("the number of " + what + " must be a whole number of at least 1, not "
          + given);
    }
    return n;
  }

  /** The median (the mean of the middle two when there is an even number). */
  static double median(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The table, in Markdown: each pair's ratios, in a column named {@code column}, their median and the goal. */
  static String table(String column, Map<Pair, double[]> ratios) {
    StringBuilder s = new StringBuilder(header(column));
    for (Map.Entry<Pair, double[]> e : ratios.entrySet()) {
      s.append(row(e.getKey().comparison(), e.getValue(), Pairs::format, e.getKey().goal()));
    }
    return s.toString();
  }

  /** The first two lines of a table whose values are in a column named {@code column}. */
  static String header(String column) {
    return "| comparison | " + column + " | median | goal |\n|---|---|---|---|\n";
  }

  /**
   * A line of a table: the values, each as {@code format} gives it, a dash for each NaN (not
   * measured), the median of the others ("(not measured)" when there is none) and the goal.
   */
  static String row(String comparison, double[] values, DoubleFunction<String> format, String goal) {
    StringJoiner each = new StringJoiner(", ");
    for (double v : values) {
      each.add(Double.isNaN(v) ? "–" : format.apply(v));
    }
    double[] measured = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    String median = measured.length == 0 ? "(not measured)" : format.apply(median(measured));
    return String.format(Locale.ROOT, "| %s | %s | %s | %s |\n", comparison, each, median, goal);
  }

  /** A ratio as the README's tables give it: two decimals below 10, one below 100, none above. */
  static String format(double ratio) {
    String digits = ratio < 10 ? "%.2f×" : ratio < 100 ? "%.1f×" : "%.0f×";
    return String.format(Locale.ROOT, digits, ratio);
  }
}
