package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.briefings.benchmarks.Pairs.Pair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The balanced runner's plan and arithmetic; it runs no benchmark (timing is never asserted). */
class BalancedTest {
  @Test
  void aBlockRunsEachSideBeforeAndAfterTheOther() {
    Pair write = Pairs.ALL.get("write");
    assertThat(Balanced.block(write)).containsExactly(write.over(), write.under(), write.under(), write.over());
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
  void theTableGivesEachBlockAndTheMedian() {
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    ratios.put(Pairs.ALL.get("write"), new double[] {1.0512, 0.9749, 0.9651});
    ratios.put(Pairs.ALL.get("moneta"), new double[] {212.4, 190.2, 250.0});
    assertThat(Balanced.table(ratios)).isEqualTo("""
        | comparison | blocks | median | goal |
        |---|---|---|---|
        | write: module / records | 1.05×, 0.97×, 0.97× | 0.97× | ≤ 1.0× |
        | conversion: Moneta / ours | 212×, 190×, 250× | 212× | ≥ 20× |
        """);
  }
}
