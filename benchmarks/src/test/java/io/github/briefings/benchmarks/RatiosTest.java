package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.briefings.benchmarks.Ratios.Estimate;
import io.github.briefings.benchmarks.Ratios.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

class RatiosTest {
  @TempDir
  Path dir;

  /** A benchmark as JMH's JSON gives it: its time per iteration, fork by fork. */
  private static String benchmark(String name, String size, String unit, double score, double[][] forks,
      Double bytes) {
    String raw = java.util.Arrays.stream(forks)
        .map(f -> java.util.Arrays.stream(f).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(",", "[", "]"));
    return "{\"benchmark\":\"io.github.briefings.benchmarks.Benchmarks." + name + "\","
        + (size == null ? "" : "\"params\":{\"size\":\"" + size + "\"},")
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreUnit\":\"" + unit + "\",\"rawData\":" + raw + "}"
        + (bytes == null ? "" : ",\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes + "}}") + "}";
  }

  private Path file(String name, String... benchmarks) throws Exception {
    return Files.writeString(dir.resolve(name), "[" + String.join(",", benchmarks) + "]");
  }

  @Test
  void eachEstimateTakesItsOwnTimeFromTheIterations() throws Exception {
    // the mean is JMH's score, whatever the iterations; the median and the least come from them
    Path f = file("run.json", benchmark("write_module", null, "us/op", 15, new double[][] {{14, 30}, {12, 13, 16}},
        null));
    assertThat(Ratios.read(f, Estimate.MEAN).micros()).containsEntry("write_module", 15.0);
    assertThat(Ratios.read(f, Estimate.MEDIAN).micros()).containsEntry("write_module", 14.0);
    assertThat(Ratios.read(f, Estimate.LEAST).micros()).containsEntry("write_module", 12.0);
  }

  @Test
  void theSeriesIsKeyedByItsSizeAndItsTimeIsInMicroseconds() throws Exception {
    Path f = file("run.json",
        benchmark("series_check", "100000", "ms/op", 120, new double[][] {{120}}, 60_000_000.0),
        benchmark("series_check", "10000", "ms/op", 11, new double[][] {{11}}, null));
    Run run = Ratios.read(f, Estimate.MEAN);
    assertThat(run.micros()).isEqualTo(Map.of("series_check[100000]", 120_000.0, "series_check[10000]", 11_000.0));
    assertThat(run.bytes()).isEqualTo(Map.of("series_check[100000]", 60_000_000.0));
    assertThat(Ratios.table(List.of(run)))
        .contains("| series: 10⁵ / 10⁴ briefings | 10.9× | 10.9× | ≤ 11× |")
        .contains("| series: allocated per briefing | 0.6 KB | 0.6 KB | ≤ 2 KB |"); // 600 bytes a briefing
  }

  @Test
  void aRowGivesEachRunsRatioAndTheirMedianAndSaysWhatNoRunMeasured() throws Exception {
    Path one = file("one.json", benchmark("write_module", null, "us/op", 15, new double[][] {{15}}, null),
        benchmark("write_records", null, "us/op", 15, new double[][] {{15}}, null));
    Path two = file("two.json", benchmark("write_module", null, "us/op", 12, new double[][] {{12}}, null),
        benchmark("write_records", null, "us/op", 10, new double[][] {{10}}, null));
    Path three = file("three.json", benchmark("read_module", null, "us/op", 22, new double[][] {{22}}, 22_528.0),
        benchmark("read_records", null, "us/op", 20, new double[][] {{20}}, null));

    String table = Ratios.tableOf(one.toString(), two.toString(), three.toString());

    assertThat(table)
        .contains("| write: module / records | 1.00×, 1.20×, – | 1.10× | ≤ 1.0× |")
        .contains("| read: module / records | –, –, 1.10× | 1.10× | ≤ 1.2× |")
        .contains("| read: allocated by the module | –, –, 22.0 KB | 22.0 KB | ≤ 32 KB |")
        .contains("| validation: Hibernate Validator / ours | –, –, – | (not measured) | ≥ 5× |");
    assertThat(table.lines().count()).isEqualTo(2 + Pairs.ALL.size() + 2);
  }

  @Test
  void aWrongCommandLineIsNamed() throws Exception {
    Path notJmh = Files.writeString(dir.resolve("other.json"), "{\"benchmark\": 1}");
    Path notJson = Files.writeString(dir.resolve("broken.json"), "[{");
    assertThatThrownBy(() -> Ratios.tableOf()).hasMessage("name at least one file of JMH's JSON results");
    assertThatThrownBy(() -> Ratios.tableOf("--mean", "x.json")).hasMessage("no option is named --mean");
    assertThatThrownBy(() -> Ratios.tableOf("--median", "--least", "x.json"))
        .hasMessage("give at most one of --median and --least");
    assertThatThrownBy(() -> Ratios.tableOf(dir.resolve("absent.json").toString()))
        .hasMessageStartingWith("cannot read " + dir.resolve("absent.json"));
    assertThatThrownBy(() -> Ratios.tableOf(notJson.toString())).hasMessageStartingWith("cannot read " + notJson);
    assertThatThrownBy(() -> Ratios.tableOf(notJmh.toString()))
        .hasMessage(notJmh + " is not JMH's JSON results (an array of benchmarks)");
    Path noScore = file("noscore.json", "{\"benchmark\":\"x.Benchmarks.read_module\",\"primaryMetric\":{}}");
    assertThatThrownBy(() -> Ratios.tableOf(noScore.toString()))
        .hasMessageContaining(noScore + " is not JMH's JSON results");
    Path noIteration = file("empty.json", benchmark("read_module", null, "us/op", 20, new double[][] {{}}, null));
    assertThat(Ratios.tableOf(noIteration.toString())).contains("| read: module / records | – |");
    assertThatThrownBy(() -> Ratios.tableOf("--least", noIteration.toString()))
        .hasMessage(noIteration + " gives a benchmark no iteration to take a least of");
    Path perSecond = file("throughput.json",
        benchmark("read_module", null, "ops/s", 40_000, new double[][] {{40_000}}, null));
    assertThatThrownBy(() -> Ratios.tableOf(perSecond.toString()))
        .hasMessage(perSecond + " has a score in ops/s, not a time per operation");
  }

  /** What JMH itself writes, with its allocation profiler, is what the table reads. */
  @Test
  void readsTheResultsJmhWrites() throws Exception {
    Path results = dir.resolve("results.json");
    System.setProperty("jmh.ignoreLock", "true"); // a run that measures nothing need not wait for one that does
    Collection<RunResult> run = new Runner(new OptionsBuilder()
        .include(Benchmarks.class.getName() + "\\.(read_module|read_records)$")
        .addProfiler(GCProfiler.class)
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(2)
        .measurementTime(TimeValue.milliseconds(50))
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString())
        .verbosity(VerboseMode.SILENT)
        .build()).run();
    Map<String, Double> scores = run.stream().collect(Collectors.toMap(
        r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""), r -> r.getPrimaryResult().getScore()));
    // in this JVM, JMH's own allocation counts too: only that the figure is carried over is checked
    Map<String, Double> allocated = run.stream().collect(Collectors.toMap(
        r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""),
        r -> r.getSecondaryResults().get("gc.alloc.rate.norm").getScore()));

    Run read = Ratios.read(results, Estimate.MEAN);

    assertThat(read.micros().keySet()).containsExactlyInAnyOrder("read_module", "read_records");
    assertThat(read.micros().get("read_module")).isCloseTo(scores.get("read_module"), within(1e-6));
    assertThat(read.micros().get("read_records")).isCloseTo(scores.get("read_records"), within(1e-6));
    assertThat(read.bytes().get("read_module")).isCloseTo(allocated.get("read_module"), within(1e-3));
    assertThat(read.bytes().get("read_module")).isPositive();
    assertThat(Ratios.table(List.of(read))).contains("| read: module / records | "
        + Pairs.format(scores.get("read_module") / scores.get("read_records")) + " |");
  }
}
