package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.testkit.BriefingArbitraries;
import java.lang.reflect.Field;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whether a briefing states a figure more than once, as its checks found it when it was built and as
 * a scan finds it in a briefing whose cached answer a thread does not see, against a plain reading of
 * every figure, part and overlap of the standard sections.
 */
class StatedMoreThanOnceProperties {
  @Provide
  Arbitrary<Briefing> briefings() {
    return BriefingArbitraries.briefings();
  }

  @Property(tries = 300)
  void aBriefingSaysWhetherItStatesAFigureMoreThanOnce(@ForAll("briefings") Briefing b) throws Exception {
    boolean expected = false;
    for (Section<?, ?> section : Section.standard()) {
      expected |= statedMoreThanOnce(b, section);
    }
    Statistics.label("stated more than once").collect(expected);
    assertThat(b.statesAFigureMoreThanOnce()).isEqualTo(expected);

    Field cached = Briefing.class.getDeclaredField("eachStatedOnce");
    cached.setAccessible(true);
    cached.setBoolean(b, false); // as another thread may see it
    assertThat(b.statesAFigureMoreThanOnce()).isEqualTo(expected);
  }

  private static <S> boolean statedMoreThanOnce(Briefing b, Section<S, ?> section) {
    for (S record : section.records(b)) {
      for (Figure<S, ?> figure : section.figures()) {
        for (Figure.Stated stated : figure.in(record)) {
          if (stated.count().statements().size() > 1) {
            return true;
          }
        }
        if (figure.isBreakdown()) {
          List<Count> overlap = figure.parts().orElseThrow().of(record).overlap().stream().toList();
          if (overlap.stream().anyMatch(o -> o.statements().size() > 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
