package io.github.briefings.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Scope;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Monotone series raise nothing; one injected fall raises exactly one warning, at the right place. */
class SeriesProperties {
  private static final LocalDate START = LocalDate.of(2022, 1, 10);

  /** Steps of each running total and the stock, briefing by briefing; each row is one briefing. */
  @Provide
  Arbitrary<List<List<Long>>> steps() {
    return Arbitraries.longs().between(0, 500).list().ofSize(3).list().ofMinSize(2).ofMaxSize(8);
  }

  private static List<Briefing> series(List<List<Long>> steps, int fallAt, int fallMeasure, long fallBy) {
    List<Briefing> out = new ArrayList<>();
    long convicted = 0;
    long seized = 0;
    for (int i = 0; i < steps.size(); i++) {
      convicted += steps.get(i).get(0);
      seized += steps.get(i).get(1);
      long c = convicted;
      long s = seized;
      if (i == fallAt) {
        // below the previous briefing's figure, which is this one's minus this step
        if (fallMeasure == 0) {
          c = convicted - steps.get(i).get(0) - fallBy;
        } else {
          s = seized - steps.get(i).get(1) - fallBy;
        }
      }
      out.add(Briefing.builder().id("b" + i).date(START.plusDays(7L * i)).jurisdiction("KZ")
          .investigation(SeedBriefings.JANUARY_2022)
          .addDetention(DetentionStats.builder().scope(Scope.of(CaseCategory.MASS_RIOTS))
              .convicted(Count.exactly(Math.max(c, 0))).inCustody(Count.exactly(steps.get(i).get(2))).build())
          .addWeaponSeizure(WeaponSeizure.builder().seized(Count.exactly(Math.max(s, 0))).build())
          .build());
    }
    return out;
  }

  @Property
  void aMonotoneSeriesRaisesNothingWhateverTheStocksDo(@ForAll("steps") List<List<Long>> steps) {
    assertThat(BriefingSeries.of(series(steps, -1, 0, 0)).check().findings()).isEmpty();
  }

  @Property
  void oneInjectedFallRaisesExactlyOneWarningAtTheRightMeasureAndDates(@ForAll("steps") List<List<Long>> steps,
      @ForAll @IntRange(min = 1, max = 7) int at, @ForAll @IntRange(min = 0, max = 1) int measure,
      @ForAll @LongRange(min = 1, max = 100) long by) {
    int fallAt = Math.min(at, steps.size() - 1);
    List<List<Long>> lifted = new ArrayList<>();
    for (List<Long> row : steps) {
      // start the totals high enough that the fall stays above zero
      lifted.add(lifted.isEmpty() ? List.of(row.get(0) + 100, row.get(1) + 100, row.get(2)) : row);
    }
    ValidationReport report = BriefingSeries.of(series(lifted, fallAt, measure, by)).check();
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.path()).isEqualTo(measure == 0 ? "detention[mass-riots].convicted" : "weaponSeizure.seized");
      assertThat(v.values()).containsEntry("earlierDate", START.plusDays(7L * (fallAt - 1)).toString())
          .containsEntry("laterDate", START.plusDays(7L * fallAt).toString());
    });
  }

  /**
   * A later briefing that repeats an earlier figure "as of" the earlier briefing's date is compared
   * at that date, and raises nothing; the same briefing without the as-of date is a fall.
   */
  @Property
  void aFigureRepeatedAsOfAnEarlierDateIsNoFallButWithoutItIs(@ForAll("steps") List<List<Long>> steps,
      @ForAll @IntRange(min = 0, max = 6) int from) {
    List<List<Long>> rising = new ArrayList<>();
    for (List<Long> row : steps) {
      rising.add(List.of(row.get(0) + 1, row.get(1), row.get(2)));  // convictions rise at every briefing
    }
    List<Briefing> briefings = series(rising, -1, 0, 0);
    Briefing earlier = briefings.get(Math.min(from, briefings.size() - 2));
    Briefing last = briefings.get(briefings.size() - 1);
    Count repeated = earlier.detention().get(0).convicted().orElseThrow();
    LocalDate day = last.date().plusDays(7);
    Briefing repeats = Briefing.builder().id("repeats").date(day).jurisdiction("KZ")
        .investigation(SeedBriefings.JANUARY_2022).addDetention(DetentionStats.builder()
            .scope(Scope.of(CaseCategory.MASS_RIOTS)).convicted(repeated.withAsOf(StatedDate.of(earlier.date()))).build())
        .build();
    List<Briefing> withAsOf = new ArrayList<>(briefings);
    withAsOf.add(repeats);
    assertThat(BriefingSeries.of(withAsOf).check().findings()).isEmpty();

    List<Briefing> withoutAsOf = new ArrayList<>(briefings);
    withoutAsOf.add(Briefing.builder().from(repeats).detention(List.of(DetentionStats.builder()
        .from(repeats.detention().get(0)).convicted(repeated).build())).build());
    assertThat(BriefingSeries.of(withoutAsOf).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.values()).containsEntry("laterDate", day.toString());
    });
  }

  /**
   * Figures of one running total, briefing by briefing, a week apart: mostly exact, some "more than"
   * or "about", some stated as of an earlier day or of the briefing's month, so that a series may
   * rise, fall, repeat, conflict on one date or leave open which figure came first.
   */
  @Provide
  Arbitrary<List<Tuple.Tuple2<Count, Integer>>> runningTotals() {
    Arbitrary<Count> count = Combinators.combine(Arbitraries.longs().between(0, 60),
        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Qualifier.EXACT)),
            Tuple.of(1, Arbitraries.just(Qualifier.MORE_THAN)), Tuple.of(1, Arbitraries.just(Qualifier.APPROXIMATELY))))
        .as((value, qualifier) -> Count.of(qualifier, value));
    // -3..-1: stated as of that many weeks before its briefing; 0: as of the briefing's month; else no date
    Arbitrary<Integer> asOf = Arbitraries.integers().between(-3, 8);
    return Combinators.combine(count, asOf).as(Tuple::of).list().ofMinSize(2).ofMaxSize(8);
  }

  @Property
  void aMeasureWhoseFiguresNeedNoComparingIsFoundToHoldAsComparingThemAllWouldFind(
      @ForAll("runningTotals") List<Tuple.Tuple2<Count, Integer>> totals) {
    List<Briefing> briefings = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      LocalDate day = START.plusDays(7L * i);
      Count c = totals.get(i).get1();
      int asOf = totals.get(i).get2();
      Count dated = asOf < 0 ? c.withAsOf(StatedDate.of(day.minusDays(7L * -asOf)))
          : asOf == 0 ? c.withAsOf(StatedDate.of(YearMonth.from(day))) : c;
      briefings.add(sentToCourt("b" + i, day, dated));
    }
    // a first figure of "at most 0", a year before, falls from nothing and repeats nothing: with it,
    // no figure of the series is passed over, so every one is compared
    List<Briefing> comparedAll = new ArrayList<>(briefings);
    comparedAll.add(sentToCourt("first", START.minusYears(1), Count.atMost(0)));
    ValidationReport passedOver = BriefingSeries.of(briefings).check();
    ValidationReport compared = BriefingSeries.of(comparedAll).check();
    assertThat(passedOver.findings()).isEqualTo(compared.findings());
  }

  private static Briefing sentToCourt(String id, LocalDate date, Count sent) {
    return Briefing.builder().id(id).date(date).jurisdiction("KZ").investigation(SeedBriefings.JANUARY_2022)
        .addCriminalCases(CriminalCases.builder().sentToCourt(sent).build()).build();
  }

  /** Scope keys every briefing of a series shares: slugs that are not near one another. */
  @Provide
  Arbitrary<List<String>> sharedKeys() {
    return Arbitraries.of("almaty", "astana", "shymkent", "taldykorgan", "aktobe", "kyzylorda").list().uniqueElements()
        .ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 200)
  void aScopeKeyMistypedInOneBriefingIsTheOneLoneKey(@ForAll("sharedKeys") List<String> keys,
      @ForAll @IntRange(min = 3, max = 6) int size, @ForAll @IntRange(min = 0, max = 5) int typoAt,
      @ForAll @IntRange(min = 0, max = 3) int typoKey, @ForAll boolean shortened) {
    int at = typoAt % size;
    String key = keys.get(typoKey % keys.size());
    // a shortened key loses its last letter; otherwise it gains a hyphenated part: both are near
    String typo = shortened ? key.substring(0, key.length() - 1) : key + "-city";
    List<Briefing> consistent = new ArrayList<>();
    List<Briefing> mistyped = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      consistent.add(keyed(i, keys, key, key));
      mistyped.add(keyed(i, keys, key, i == at ? typo : key));
    }
    assertThat(BriefingSeries.of(consistent).check().findings()).isEmpty();
    assertThat(BriefingSeries.of(mistyped).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.LONE_KEY);
      assertThat(v.path()).isEqualTo("detention[" + typo + "]");
      assertThat(v.values()).containsEntry("briefing", "b" + at);
    });
  }

  /** A briefing with a detention record per key, the key {@code replaced} written as {@code written}. */
  private static Briefing keyed(int i, List<String> keys, String replaced, String written) {
    Briefing.Builder b = Briefing.builder().id("b" + i).date(START.plusDays(7L * i)).jurisdiction("KZ")
        .investigation(SeedBriefings.JANUARY_2022);
    for (String key : keys) {
      b.addDetention(DetentionStats.builder().scope(Scope.described(key.equals(replaced) ? written : key, "suspects in " + key))
          .suspects(Count.exactly(10L * i)).build());
    }
    return b.build();
  }
}
