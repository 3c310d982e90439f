package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs under JMH's own harness, as {@code java -jar benchmarks.jar} runs it: the
 * classes JMH generates at compile time exist and set up each benchmark's state. One short iteration
 * each, in this JVM; nothing here measures a time worth reading.
 */
class HarnessTest {
  @Test
  void everyBenchmarkRunsUnderJmhAndGivesAScore() throws Exception {
    Options options = new OptionsBuilder()
        .include(Benchmarks.class.getName() + "\\.")
        .param("size", "1000") // the series' smallest size; the others only take longer to build
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT) // the build's log needs no table of times that mean nothing
        .build();
    System.setProperty("jmh.ignoreLock", "true"); // a run that measures nothing need not wait for one that does

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = results.stream()
        .map(r -> r.getParams().getBenchmark().substring(Benchmarks.class.getName().length() + 1))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> declared = Arrays.stream(Benchmarks.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ran).isEqualTo(declared);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore())
        .as(r.getParams().getBenchmark()).isPositive());
  }
}
