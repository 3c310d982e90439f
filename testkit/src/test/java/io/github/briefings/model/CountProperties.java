package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.testkit.BriefingArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;

/** The interval and value semantics of figures, for every qualifier. */
class CountProperties {

  @Group
  class Intervals {
    @Property
    void exactIsASingleValue(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
      assertThat(Count.exactly(n).interval(Tolerance.DEFAULT)).isEqualTo(Interval.exactly(n));
    }

    @Property
    void exactLiesWithinApproximatelyForAnyTolerance(
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n, @ForAll @IntRange(min = 0, max = 100) int percent) {
      Interval about = Count.about(n).interval(Tolerance.percent(percent));
      assertThat(about.encloses(Count.exactly(n).interval(Tolerance.DEFAULT))).isTrue();
    }

    @Property
    void approximatelyWidensWithTheTolerance(
        @ForAll @LongRange(min = 0, max = 1_000_000_000) long n, @ForAll @IntRange(min = 0, max = 99) int percent) {
      Interval narrow = Count.about(n).interval(Tolerance.percent(percent));
      Interval wide = Count.about(n).interval(Tolerance.percent(percent + 1));
      assertThat(wide.encloses(narrow)).isTrue();
      BigDecimal spread = BigDecimal.valueOf(n).multiply(Tolerance.percent(percent).fraction());
      assertThat(BigDecimal.valueOf(narrow.upper().getAsLong() - n)).isGreaterThanOrEqualTo(spread)
          .isLessThan(spread.add(BigDecimal.ONE));
    }

    @Property
    void moreThanStartsAtTheNextValueAndIsUnbounded(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long n) {
      Interval i = Count.moreThan(n).interval(Tolerance.DEFAULT);
      assertThat(i.lower()).isEqualTo(n + 1);
      assertThat(i.isBounded()).isFalse();
      assertThat(i.contains(n)).isFalse();
    }

    @Property
    void atLeastStartsAtTheValue(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
      assertThat(Count.atLeast(n).interval(Tolerance.DEFAULT)).isEqualTo(Interval.atLeast(n));
    }

    @Property
    void atMostAndFewerThanStartAtZero(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long n) {
      assertThat(Count.atMost(n).interval(Tolerance.DEFAULT)).isEqualTo(Interval.of(0, n));
      assertThat(Count.fewerThan(n).interval(Tolerance.DEFAULT)).isEqualTo(Interval.of(0, n - 1));
    }

    @net.jqwik.api.Example
    void theBoundsOfAnApproximateFigureAreReadWithTheToleranceGiven() {
      assertThat(Count.about(100).lowerBound(Tolerance.percent(5))).isEqualTo(95);
      assertThat(Count.about(100).upperBound(Tolerance.percent(5))).hasValue(105);
      assertThat(Count.about(100).lowerBound(Tolerance.percent(20))).isEqualTo(80);
      assertThat(Count.moreThan(100).upperBound(Tolerance.percent(20))).isEmpty();
    }

    @Property
    void rangeKeepsBothEnds(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
      long low = Math.min(a, b);
      long high = Math.max(a, b);
      Count range = Count.between(low, high);
      assertThat(range.interval(Tolerance.DEFAULT)).isEqualTo(Interval.of(low, high));
      assertThat(range.lowerBound(Tolerance.DEFAULT)).isEqualTo(low);
      assertThat(range.upperBound(Tolerance.DEFAULT)).hasValue(high);
    }

    @Property
    void relationsBetweenIntervalsAreCertainOnlyWhenTheyHoldForEveryValue(
        @ForAll("counts") Count x, @ForAll("counts") Count y, @ForAll @LongRange(min = 0, max = 3_000) long probe) {
      Interval a = x.interval(Tolerance.DEFAULT);
      Interval b = y.interval(Tolerance.DEFAULT);
      assertThat(a.allAtMost(b) && a.allAbove(b)).isFalse();
      if (a.allAtMost(b)) {
        assertThat(a.isBounded()).isTrue();
        assertThat(a.upper().getAsLong()).isLessThanOrEqualTo(b.lower());
      }
      if (a.allAbove(b)) {
        assertThat(b.isBounded()).isTrue();
        assertThat(a.lower()).isGreaterThan(b.upper().getAsLong());
      }
      assertThat(a.isDisjointFrom(b)).isEqualTo(b.isDisjointFrom(a));
      if (a.isDisjointFrom(b)) {
        assertThat(a.contains(probe) && b.contains(probe)).isFalse();
      }
    }

    @Property
    void theStatedValueIsAlwaysPossibleExceptForStrictQualifiers(@ForAll("counts") Count c) {
      for (Count statement : c.statements()) {
        boolean strict = statement.qualifier() == Qualifier.MORE_THAN || statement.qualifier() == Qualifier.FEWER_THAN;
        assertThat(statement.interval(Tolerance.DEFAULT).contains(statement.value())).isEqualTo(!strict);
      }
    }

    @Property
    void aFigureStatedMoreThanOnceAllowsWhatEveryStatementAllowsAndNoMore(@ForAll("counts") Count c) {
      Interval all = c.interval(Tolerance.DEFAULT);
      long lowest = Long.MAX_VALUE;
      for (Count statement : c.statements()) {
        assertThat(statement.alsoStated()).isEmpty();
        assertThat(all.encloses(statement.interval(Tolerance.DEFAULT))).isTrue();
        lowest = Math.min(lowest, statement.interval(Tolerance.DEFAULT).lower());
      }
      assertThat(all.lower()).isEqualTo(lowest);
      assertThat(c.statements()).hasSize(1 + c.alsoStated().size());
    }

    @Provide
    Arbitrary<Count> counts() {
      return BriefingArbitraries.counts();
    }
  }

  @Group
  class Values {
    @Property
    void equalFiguresAreEqualAndHashAlike(@ForAll("counts") Count c) {
      Count copy = Count.builder().from(c).build();
      assertThat(copy).isEqualTo(c).hasSameHashCodeAs(c);
    }

    @Property
    void wordingAndAttributionMatterToEquality(@ForAll @LongRange(min = 0, max = 1000) long n) {
      assertThat(Count.exactly(n)).isNotEqualTo(Count.exactly(n).withStatedAs("as stated"));
      assertThat(Count.exactly(n)).isNotEqualTo(Count.exactly(n).withAttribution("adilov"));
      assertThat(Count.exactly(n)).isNotEqualTo(Count.about(n));
    }

    @Provide
    Arbitrary<Count> counts() {
      return BriefingArbitraries.counts(java.util.List.of("a", "b"));
    }
  }

  @Group
  class Refusals {
    @Property
    void everyFactoryRefusesANegativeValueNamingIt(@ForAll @Negative long n, @ForAll Qualifier q) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> {
            if (q == Qualifier.RANGE) {
              Count.between(n, 5);
            } else {
              Count.of(q, n);
            }
          })
          .withMessageContaining("value must not be negative: " + n);
    }

    @Property
    void aRangeWithLowAboveHighIsRefused(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1_000) long high,
        @ForAll @LongRange(min = 1, max = 1000) long above) {
      long low = high + above; // above high by construction, and never beyond a long
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Count.between(low, high))
          .withMessageContaining("range low must not exceed high: " + low + " > " + high);
    }
  }
}
