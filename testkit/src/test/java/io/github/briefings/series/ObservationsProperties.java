package io.github.briefings.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.StatedDate;
import io.github.briefings.testkit.BriefingArbitraries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A series' observations, held as arrays and dates as numbers, are what a plain reading gives: every
 * figure of every briefing by its path, as of its own date or its briefing's, ordered by date and,
 * within a date, as the series orders the briefings.
 */
class ObservationsProperties {
  /** Briefings of one investigation with distinct ids: their dates and figures' as-of dates vary. */
  @Provide
  Arbitrary<List<Briefing>> briefings() {
    return BriefingArbitraries.briefings().list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<Briefing> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(Briefing.builder().from(list.get(i)).id("b" + i).investigation(list.get(0).investigation()).build());
      }
      return out;
    });
  }

  /**
   * Briefings that repeat the shapes of a few (their records, scopes and parts, in order) among others,
   * as a series does: the series files a figure by the position its record had in the previous
   * briefing, and these reach both that shortcut and its misses.
   */
  @Provide
  Arbitrary<List<Briefing>> repeatedShapes() {
    return Combinators.combine(BriefingArbitraries.briefings().list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(0, 2).list().ofMinSize(2).ofMaxSize(8)).as((pool, picks) -> {
          List<Briefing> out = new ArrayList<>();
          for (int i = 0; i < picks.size(); i++) {
            Briefing shape = pool.get(picks.get(i) % pool.size());
            out.add(Briefing.builder().from(shape).id("b" + i).date(shape.date().plusDays(i))
                .investigation(pool.get(0).investigation()).build());
          }
          return out;
        });
  }

  @Property(tries = 100)
  void eachMeasureHoldsItsFiguresInDateOrderAndSeriesOrderWithinADate(@ForAll("briefings") List<Briefing> briefings) {
    assertObservationsAreThePlainReading(briefings);
  }

  @Property(tries = 100)
  void briefingsOfRepeatedShapesAreReadAsPlainlyAsAnyOthers(@ForAll("repeatedShapes") List<Briefing> briefings) {
    assertObservationsAreThePlainReading(briefings);
  }

  private static void assertObservationsAreThePlainReading(List<Briefing> briefings) {
    BriefingSeries series = BriefingSeries.of(briefings);
    Map<String, List<Observation>> expected = new LinkedHashMap<>();
    for (Briefing b : series.briefings()) {
      b.figures().forEach((path, count) -> {
        if (!path.startsWith("officials")) { // the cases of officials are not measures of a series
          expected.computeIfAbsent(path, k -> new ArrayList<>())
              .add(new Observation(b, count, count.asOf().orElse(StatedDate.of(b.date()))));
        }
      });
    }
    Comparator<Observation> byDate =
        Comparator.comparing((Observation o) -> o.date().first()).thenComparing(o -> o.date().last());
    expected.values().forEach(list -> list.sort(byDate));

    Map<String, List<Observation>> actual = new LinkedHashMap<>();
    series.observations().forEach((m, list) -> actual.put(m.path(), List.copyOf(list)));
    assertThat(actual).isEqualTo(expected);
  }
}
