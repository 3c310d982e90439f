package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.briefings.benchmarks.Balanced.Pair;
import io.github.briefings.benchmarks.Balanced.Side;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** The balanced runner's plan and arithmetic; it runs no benchmark (timing is never asserted). */
class BalancedTest {
  @Test
  void everySideIsABenchmarkAndEverySizeOneTheSeriesDeclares() throws Exception {
    List<String> sizes = Arrays.asList(Benchmarks.Series.class.getDeclaredField("size").getAnnotation(Param.class)
        .value());
    for (Pair p : Balanced.PAIRS.values()) {
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
  void aBlockRunsEachSideBeforeAndAfterTheOther() {
    Pair write = Balanced.PAIRS.get("write");
    assertThat(write.block()).containsExactly(write.over(), write.under(), write.under(), write.over());
  }

  @Test
  void aDriftSteadyOverTheBlockCancels() {
    // A takes 10 µs, B 8 µs, on a machine that loses a tenth of its first speed with each run
    double a1 = 10 * 1.0;
    double b1 = 8 * 1.1;
    double b2 = 8 * 1.2;
    double a2 = 10 * 1.3;
    assertThat(Balanced.ratio(a1, b1, b2, a2)).isCloseTo(1.25, within(1e-12));
    // where A then B alone would have given 1.14
    assertThat(a1 / b1).isCloseTo(1.14, within(0.01));
    assertThat(Balanced.ratio(10, 8, 8, 10)).isEqualTo(1.25);
  }

  @Test
  void theMedianOfAnEvenNumberOfBlocksIsTheMeanOfTheMiddleTwo() {
    assertThat(Balanced.median(new double[] {1.3, 0.9, 1.1})).isEqualTo(1.1);
    assertThat(Balanced.median(new double[] {1.3, 0.9, 1.1, 1.0})).isCloseTo(1.05, within(1e-12));
  }

  @Test
  void pairsAreSelectedByKeyInTheTablesOrder() {
    assertThat(Balanced.select(List.of("series", "write"))).extracting(Pair::key).containsExactly("write", "series");
    assertThat(Balanced.select(List.of())).hasSize(Balanced.PAIRS.size());
    assertThatIllegalArgumentException().isThrownBy(() -> Balanced.select(List.of("writing")))
        .withMessageContaining("no pair is named writing").withMessageContaining("write");
  }

  @Test
  void theNumberOfBlocksIsAWholeNumberOfAtLeastOne() {
    assertThat(Balanced.blocks("5")).isEqualTo(5);
    for (String wrong : List.of("0", "-2", "three", "")) {
      assertThatIllegalArgumentException().isThrownBy(() -> Balanced.blocks(wrong))
          .withMessage("the number of blocks must be a whole number of at least 1, not " + wrong);
    }
  }

  @Test
  void theTableGivesEachBlockAndTheMedian() {
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    ratios.put(Balanced.PAIRS.get("write"), new double[] {1.0512, 0.9749, 0.9651});
    ratios.put(Balanced.PAIRS.get("moneta"), new double[] {212.4, 190.2, 250.0});
    assertThat(Balanced.table(ratios)).isEqualTo("""
        | comparison | blocks | median | goal |
        |---|---|---|---|
        | write: module / records | 1.05×, 0.97×, 0.97× | 0.97× | ≤ 1.0× |
        | conversion: Moneta / ours | 212×, 190×, 250× | 212× | ≥ 20× |
        """);
  }
}
