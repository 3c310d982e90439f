package io.github.briefings.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Count;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Tolerance;
import io.github.briefings.testkit.BriefingArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The bounds of sums read without intervals ({@link Sums}) against the sums of the figures'
 * intervals ({@link Interval#plus}), compared as {@link CollectingContext#holds} compares them:
 * figures of every qualifier, stated once or more, left out when null, and large enough to saturate.
 */
class SumsProperties {

  @Provide
  Arbitrary<List<Count>> sides() {
    Arbitrary<Count> huge = BriefingArbitraries.exactCounts(Long.MAX_VALUE / 2, Long.MAX_VALUE);
    Arbitrary<Count> some = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, BriefingArbitraries.counts()),
        net.jqwik.api.Tuple.of(4, BriefingArbitraries.exactCounts(0, 50)),
        net.jqwik.api.Tuple.of(1, huge));
    return some.injectNull(0.1).list().ofMaxSize(4);
  }

  @Property(tries = 2000)
  void sumsFindWhatIntervalsFind(@ForAll("sides") List<Count> left, @ForAll("sides") List<Count> right,
      @ForAll @IntRange(max = 30) int percent) {
    Tolerance t = Tolerance.percent(percent);
    Count[] l = left.toArray(Count[]::new);
    Count[] r = right.toArray(Count[]::new);
    Interval li = sum(left, t);
    Interval ri = sum(right, t);
    assertThat(Sums.lowest(l, t)).isEqualTo(li.lower());
    assertThat(Sums.highest(l, t)).isEqualTo(li.isBounded() ? li.upper().getAsLong() : -1);
    for (Relation.Comparison c : Relation.Comparison.values()) {
      assertThat(Sums.holds(c, l, r, t)).as("%s %s %s", li, c, ri).isEqualTo(CollectingContext.holds(c, li, ri));
    }
  }

  @Property(tries = 200)
  void equalSidesHoldForExactFigures(@ForAll("sides") List<Count> side) {
    List<Count> exact = new ArrayList<>();
    for (Count c : side) {
      if (c != null && c.isExact()) {
        exact.add(Count.exactly(c.value()));
      }
    }
    Count[] once = exact.toArray(Count[]::new);
    List<Count> reversed = new ArrayList<>(exact);
    Collections.reverse(reversed);
    assertThat(Sums.holds(Relation.Comparison.EQUAL, once, reversed.toArray(Count[]::new), Tolerance.DEFAULT)).isTrue();
  }

  private static Interval sum(List<Count> counts, Tolerance t) {
    Interval total = Interval.exactly(0);
    for (Count c : counts) {
      if (c != null) {
        total = total.plus(c.interval(t));
      }
    }
    return total;
  }
}
