package io.github.briefings.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * Prints the README's table from the JSON results of JMH runs, one file a run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff results.json
 * java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Ratios [--median | --least] results.json [more.json ...]
 * </pre>
 *
 * <p>Each row gives a pair's ratio in each run, their median and the goal, or says that no run
 * measured both sides; the last two rows give what reading the seed and checking a series allocate
 * ({@code -prof gc}). Each time is JMH's score, the mean of every measurement iteration of every fork;
 * with {@code --median}, the median of those iterations, which a burst of load moves less; with
 * {@code --least}, the fastest of them: what the code takes when the machine is at its fastest, as
 * load only adds time.
 */
public final class Ratios {
  private Ratios() {}

  /** How a benchmark's iterations make its time. */
  enum Estimate {
    MEAN, MEDIAN, LEAST
  }

  /** One JMH run: each benchmark's time in microseconds, and the bytes it allocated, by {@link Side#toString()}. */
  record Run(Map<String, Double> micros, Map<String, Double> bytes) {}

  /**
   * Reads JMH's JSON results.
   *
   * @throws IOException if the file cannot be read, or is not JSON
   * @throws IllegalArgumentException naming the file, if it is JSON but not JMH's results
   */
  static Run read(Path file, Estimate estimate) throws IOException {
    JsonNode results = new ObjectMapper().readTree(file.toFile());
    if (results == null || !results.isArray()) {
      throw new IllegalArgumentException(file + " is not JMH's JSON results (an array of benchmarks)");
    }
    Map<String, Double> micros = new HashMap<>();
    Map<String, Double> bytes = new HashMap<>();
    for (JsonNode r : results) {
      JsonNode metric = r.path("primaryMetric");
      String benchmark = r.path("benchmark").asText("");
      if (benchmark.isEmpty() || !metric.path("score").isNumber() || !metric.path("rawData").isArray()) {
        throw new IllegalArgumentException(file + " is not JMH's JSON results: a benchmark without its name, "
            + "score or iterations");
      }
      JsonNode size = r.path("params").path("size");
      String key = new Side(benchmark.substring(benchmark.lastIndexOf('.') + 1),
          size.isTextual() ? size.asText() : null).toString();
      micros.put(key, time(file, metric, estimate) * perMicrosecond(file, metric.path("scoreUnit").asText()));
      JsonNode allocated = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      if (allocated.isNumber()) {
        bytes.put(key, allocated.doubleValue());
      }
    }
    return new Run(micros, bytes);
  }

  private static double time(Path file, JsonNode metric, Estimate estimate) {
    if (estimate == Estimate.MEAN) {
      return metric.path("score").doubleValue();
    }
    DoubleStream.Builder iterations = DoubleStream.builder();
    for (JsonNode fork : metric.path("rawData")) {
      fork.forEach(v -> iterations.add(v.doubleValue()));
    }
    double[] all = iterations.build().toArray();
    if (all.length == 0) {
      throw new IllegalArgumentException(file + " gives a benchmark no iteration to take a " + estimate
          .name().toLowerCase(Locale.ROOT) + " of");
    }
    return estimate == Estimate.MEDIAN ? Pairs.median(all) : Arrays.stream(all).min().getAsDouble();
  }

  private static double perMicrosecond(Path file, String unit) {
    switch (unit) {
      case "ns/op":
        return 0.001;
      case "us/op":
        return 1;
      case "ms/op":
        return 1000;
      case "s/op":
        return 1_000_000;
      default:
        throw new IllegalArgumentException(file + " has a score in " + unit + ", not a time per operation");
    }
  }

  /** The table, in Markdown: a column of each run's ratios (in the order given), their median and the goal. */
  static String table(List<Run> runs) {
    StringBuilder s = new StringBuilder(Pairs.header("runs"));
    for (Pair p : Pairs.ALL.values()) {
      String over = p.over().toString();
      String under = p.under().toString();
      s.append(Pairs.row(p.comparison(), each(runs, r -> r.micros().containsKey(over) && r.micros().containsKey(under)
          ? r.micros().get(over) / r.micros().get(under) : Double.NaN), Pairs::format, p.goal()));
    }
    String series = new Side("series_check", "100000").toString();
    s.append(Pairs.row("series: allocated per briefing",
        each(runs, r -> r.bytes().getOrDefault(series, Double.NaN) / 100_000 / 1024), Ratios::kilobytes, "≤ 2 KB"));
    s.append(Pairs.row("read: allocated by the module",
        each(runs, r -> r.bytes().getOrDefault("read_module", Double.NaN) / 1024), Ratios::kilobytes, "≤ 32 KB"));
    return s.toString();
  }

  /** A value of each run, NaN where the run did not measure it. */
  private static double[] each(List<Run> runs, ToDoubleFunction<Run> value) {
    return runs.stream().mapToDouble(value).toArray();
  }

  private static String kilobytes(double kb) {
    return String.format(Locale.ROOT, "%.1f KB", kb);
  }

  /** Prints the table of the files named; a wrong command line gets a message and status 2. */
  public static void main(String... args) {
    String table;
    try {
      table = tableOf(args);
    } catch (IllegalArgumentException e) {
      throw Pairs.exit(e.getMessage(), Ratios.class, "[--median | --least] results.json [more.json ...]");
    }
    System.out.print(table);
  }

  /**
   * The table of the files a command line names, with the estimate it chooses.
   *
   * @throws IllegalArgumentException naming what is wrong: an option, no file, or a file that cannot
   *     be read as JMH's results
   */
  static String tableOf(String... args) {
    Estimate estimate = Estimate.MEAN;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--median") || a.equals("--least")) {
        if (estimate != Estimate.MEAN) {
          throw new IllegalArgumentException("give at most one of --median and --least");
        }
        estimate = a.equals("--median") ? Estimate.MEDIAN : Estimate.LEAST;
      } else if (a.startsWith("--")) {
        throw new IllegalArgumentException("no option is named " + a);
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("name at least one file of JMH's JSON results");
    }
    List<Run> runs = new ArrayList<>();
    for (Path f : files) {
      try {
        runs.add(read(f, estimate));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
    return table(runs);
  }
}
