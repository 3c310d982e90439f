package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** The table of pairs that {@link Balanced} and {@link Interleaved} measure, and what they share. */
class PairsTest {
  @Test
  void everySideIsABenchmarkAndEverySizeOneTheSeriesDeclares() throws Exception {
    List<String> sizes = Arrays.asList(Benchmarks.Series.class.getDeclaredField("size").getAnnotation(Param.class)
        .value());
    for (Pair p : Pairs.ALL.values()) {
      for (Side side : List.of(p.over(), p.under())) {
        assertThat(benchmark(side.benchmark())).as(side.toString()).isTrue();
        if (side.size() != null) {
          assertThat(sizes).as(side.toString()).contains(side.size());
        }
      }
    }
  }

  private static boolean benchmark(String name) {
    for (Method m : Benchmarks.class.getMethods()) {
      if (m.getName().equals(name) && m.isAnnotationPresent(Benchmark.class)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
    assertThat(Pairs.median(new double[] {1.3, 0.9, 1.1})).isEqualTo(1.1);
    assertThat(Pairs.median(new double[] {1.3, 0.9, 1.1, 1.0})).isCloseTo(1.05, within(1e-12));
  }

  @Test
  void pairsAreSelectedByKeyInTheTablesOrder() {
    assertThat(Pairs.select(List.of("series", "write"))).extracting(Pair::key).containsExactly("write", "series");
    assertThat(Pairs.select(List.of())).hasSize(Pairs.ALL.size());
    assertThatIllegalArgumentException().isThrownBy(() -> Pairs.select(List.of("writing")))
        .withMessageContaining("no pair is named writing").withMessageContaining("write");
  }

  @Test
  void aCountIsAWholeNumberOfAtLeastOne() {
    assertThat(Pairs.count("blocks", "5")).isEqualTo(5);
    for (String wrong : List.of("0", "-2", "three", "")) {
      assertThatIllegalArgumentException().isThrownBy(() -> Pairs.count("blocks", wrong))
          .withMessage("the number of blocks must be a whole number of at least 1, not " + wrong);
    }
  }

  @Test
  void aCommandLineGivesACountThenPairKeys() {
    assertThat(Pairs.plan("rounds", 60)).isEqualTo(new Pairs.Plan(60, List.copyOf(Pairs.ALL.values())));
    assertThat(Pairs.plan("rounds", 60, "100")).isEqualTo(new Pairs.Plan(100, List.copyOf(Pairs.ALL.values())));
    assertThat(Pairs.plan("runs", 3, "5", "write", "read"))
        .isEqualTo(new Pairs.Plan(5, List.of(Pairs.ALL.get("read"), Pairs.ALL.get("write"))));
    assertThatIllegalArgumentException().isThrownBy(() -> Pairs.plan("runs", 3, "write"))
        .withMessage("the number of runs must be a whole number of at least 1, not write");
    assertThatIllegalArgumentException().isThrownBy(() -> Pairs.plan("runs", 3, "5", "wirte"))
        .withMessageStartingWith("no pair is named wirte");
  }

  @Test
  void ratiosAreFormattedAsTheReadmesTables() {
    assertThat(Pairs.format(0.9749)).isEqualTo("0.97×");
    assertThat(Pairs.format(10.94)).isEqualTo("10.9×");
    assertThat(Pairs.format(208.4)).isEqualTo("208×");
  }
}
