package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.briefings.benchmarks.Pairs.Pair;
import io.github.briefings.benchmarks.Pairs.Side;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The side-by-side runner's plan and arithmetic; no time is asserted. */
class InterleavedTest {
  private static Comparisons c;

  @BeforeAll
  static void open() {
    c = new Comparisons();
  }

  @AfterAll
  static void close() {
    c.close();
  }

  @Test
  void everySideOfEveryPairGivesWhatItsBenchmarkGives() throws Exception {
    Benchmarks.Fixtures fixtures = new Benchmarks.Fixtures();
    fixtures.c = c;
    for (Pair p : Pairs.ALL.values()) {
      for (Side side : List.of(p.over(), p.under())) {
        assertThat(Interleaved.batch(side)).as(side.toString()).isPositive();
        if (side.size() == null) { // a series of 10⁵ briefings is made at its first call: not here
          Method benchmark = Benchmarks.class.getMethod(side.benchmark(), Benchmarks.Fixtures.class);
          assertThat(comparable(Interleaved.side(side, c).call())).as(side.toString())
              .isNotNull().isEqualTo(comparable(benchmark.invoke(new Benchmarks(), fixtures)));
        }
      }
    }
  }

  /**
   * Hibernate Validator's violations as their texts, which name their paths: the violations of two
   * validations are not equal.
   */
  private static Object comparable(Object result) {
    return result instanceof Set<?> violations ? violations.stream().map(String::valueOf).sorted().toList() : result;
  }

  @Test
  void bothSidesOfTheSeriesCheckAsManyBriefingsPerBatch() {
    Pair series = Pairs.ALL.get("series");
    int over = Interleaved.batch(series.over()) * Integer.parseInt(series.over().size());
    int under = Interleaved.batch(series.under()) * Integer.parseInt(series.under().size());
    assertThat(over).isEqualTo(under).isEqualTo(100_000);
  }

  @Test
  void aRoundsRatioIsOfOneRunOfEachSide() {
    // one check of 10⁵ briefings in 120 ms, ten of 10⁴ in 100 ms: 12 ms against 10 ms a check
    assertThat(Interleaved.ratio(Pairs.ALL.get("series"), 120_000_000L, 100_000_000L)).isCloseTo(12.0, within(1e-9));
    assertThat(Interleaved.ratio(Pairs.ALL.get("write"), 19_000_000L, 20_000_000L)).isCloseTo(0.95, within(1e-9));
  }

  @Test
  void aSideWithoutAMeasureIsRefusedByName() {
    Side draft = new Side("draft_megabyte");
    assertThatIllegalArgumentException().isThrownBy(() -> Interleaved.side(draft, c))
        .withMessage("no side-by-side measure of draft_megabyte");
    assertThatIllegalArgumentException().isThrownBy(() -> Interleaved.batch(draft))
        .withMessage("no side-by-side measure of draft_megabyte");
  }

  @Test
  void theTableGivesTheMedianAndQuartiles() {
    Map<Pair, double[]> ratios = new LinkedHashMap<>();
    ratios.put(Pairs.ALL.get("write"), new double[] {1.04, 0.97, 0.95, 0.99, 1.10, 0.93, 0.98, 1.01});
    assertThat(Interleaved.table(ratios)).isEqualTo("""
        | comparison | median | quartiles | goal |
        |---|---|---|---|
        | write: module / records | 0.99× | 0.97×–1.04× | ≤ 1.0× |
        """);
  }
}
