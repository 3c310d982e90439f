package io.github.briefings.series;

import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Section;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Term;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the figures of a series' briefings by measure, as {@link Measures} names them, without
 * building a measure per figure: a measure is made once, the first time a series states it, and
 * found again by its figure, scope and part. Briefings repeat their measures, so a long series
 * keeps a figure and a briefing's position per observation ({@link ObservationList}) and little else.
 */
final class Observations {
  /** Measures by figure (or own measure id), scope key and part code ("" for a plain figure). */
  private final Map<Object, Map<String, Map<String, Measure>>> measures = new IdentityHashMap<>();
  private final Map<String, Map<String, Map<String, Measure>>> own = new HashMap<>();
  private final Map<Measure, ObservationList> byMeasure = new LinkedHashMap<>();
  private final List<Briefing> series;
  /** The day of each briefing, by its position in the series. */
  private final StatedDate[] days;
  /**
   * Whether the first briefing is being read. Its measures are those most briefings state again, so
   * their lists start as long as the series and never grow; a measure first stated later starts
   * small, so that a series of measures stated once each wastes nothing.
   */
  private boolean first = true;

  private Observations(List<Briefing> series) {
    this.series = series;
    this.days = new StatedDate[series.size()];
  }

  static Map<Measure, List<Observation>> of(List<Briefing> briefings) {
    Observations o = new Observations(briefings);
    for (int i = 0; i < briefings.size(); i++) {
      o.add(i, briefings.get(i));
      o.first = false;
    }
    o.byMeasure.values().forEach(ObservationList::sortByDate);
    return Collections.unmodifiableMap(o.byMeasure);
  }

  private void add(int at, Briefing b) {
    days[at] = StatedDate.of(b.date());
    List<Section<?, ?>> sections = Section.standard();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i) != OfficialCase.SECTION) {
        add(sections.get(i), b, at);
      }
    }
    for (OwnFigure f : b.ownFigures()) {
      OwnMeasure m = b.ownMeasure(f.measure()).orElseThrow();
      String section = m.section().orElse(OwnMeasure.NO_SECTION);
      String scope = f.scope().orElse("");
      observe(ownMeasure(section, scope, m, ""), f.count(), at);
      f.breakdown().ifPresent(parts -> parts.parts().forEach((key, count) ->
          observe(ownMeasure(section, scope, m, key.code()), count, at)));
    }
  }

  private <S> void add(Section<S, ?> section, Briefing b, int at) {
    List<S> records = section.records(b);
    List<? extends Figure<S, ?>> figures = section.figures();
    for (int r = 0; r < records.size(); r++) {
      S record = records.get(r);
      String scope = section.key(record).orElse("");
      for (int i = 0; i < figures.size(); i++) {
        Figure<S, ?> f = figures.get(i);
        if (f.isBreakdown()) {
          parts(section, f, f.parts().orElseThrow(), record, scope, b, at);
        } else {
          Optional<Count> count = f.value(record);
          if (count.isPresent()) {
            observe(measure(section, f, scope, ""), count.get(), at);
          }
        }
      }
    }
  }

  private <S, K extends Term> void parts(Section<S, ?> section, Figure<S, ?> f, Figure.Parts<S, ?, K> parts, S record,
      String scope, Briefing b, int at) {
    Breakdown<K, Count> breakdown = parts.of(record);
    if (!breakdown.isEmpty()) {
      for (Map.Entry<K, Count> part : breakdown.parts().entrySet()) {
        observe(measure(section, f, scope, part.getKey().code()), part.getValue(), at);
      }
    }
  }

  private void observe(Measure m, Count count, int at) {
    ObservationList list = byMeasure.get(m);
    if (list == null) {
      list = new ObservationList(series, days, first ? series.size() : 4);
      byMeasure.put(m, list);
    }
    list.add(at, count);
  }

  private Measure measure(Section<?, ?> section, Figure<?, ?> f, String scope, String part) {
    Map<String, Measure> byPart = measures.computeIfAbsent(f, k -> new HashMap<>())
        .computeIfAbsent(scope, k -> new HashMap<>());
    Measure m = byPart.get(part);
    if (m == null) {
      m = new Measure(section.name(), scope, part.isEmpty() ? f.name() : f.name() + "[" + part + "]", f.unit(), f.kind());
      byPart.put(part, m);
    }
    return m;
  }

  private Measure ownMeasure(String section, String scope, OwnMeasure measure, String part) {
    Map<String, Measure> byPart = own.computeIfAbsent(section + "\u0000" + measure.id(), k -> new HashMap<>())
        .computeIfAbsent(scope, k -> new HashMap<>());
    Measure m = byPart.get(part);
    if (m == null) {
      m = new Measure(section, scope, part.isEmpty() ? measure.id() : measure.id() + "[" + part + "]", measure.unit(),
          measure.kind());
      byPart.put(part, m);
    }
    return m;
  }
}
