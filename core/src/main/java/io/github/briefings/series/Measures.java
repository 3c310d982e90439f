package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Section;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the figures of a briefing as measures, with the unit and kind each figure declares in its
 * {@link Section}, and the figures of the user's own measures with theirs. Property recoveries are amounts of money, not counts, and officials' cases are not
 * followed across briefings.
 */
final class Measures {
  private Measures() {}

  static Map<Measure, Count> of(Briefing b) {
    Map<Measure, Count> out = new LinkedHashMap<>();
    for (Section<?, ?> section : Section.standard()) {
      if (section != OfficialCase.SECTION) {
        put(out, section, b);
      }
    }
    for (OwnFigure own : b.ownFigures()) {
      OwnMeasure m = b.ownMeasure(own.measure()).orElseThrow();
      String section = m.section().orElse(OwnMeasure.NO_SECTION);
      String scope = own.scope().orElse("");
      out.put(new Measure(section, scope, m.id(), m.unit(), m.kind()), own.count());
      own.breakdown().ifPresent(parts -> parts.parts().forEach((key, count) ->
          out.put(new Measure(section, scope, m.id() + "[" + key.code() + "]", m.unit(), m.kind()), count)));
    }
    return out;
  }

  private static <S> void put(Map<Measure, Count> out, Section<S, ?> section, Briefing b) {
    for (S record : section.records(b)) {
      String scope = section.key(record).orElse("");
      for (Figure<S, ?> f : section.figures()) {
        for (Figure.Stated s : f.in(record)) {
          out.put(new Measure(section.name(), scope, f.nameOf(s), s.unit(), f.kind()), s.count());
        }
      }
    }
  }
}
