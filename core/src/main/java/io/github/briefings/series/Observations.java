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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the figures of a series' briefings by measure, as {@link Measures} names them, without
 * building a measure per figure: a measure is made once, the first time a series states it. Briefings
 * repeat their records in the same order, so each record's position in its section keeps the scope it
 * had in the previous briefing and the lists of its figures; a figure is filed by array index, and by
 * its scope and part codes only when they differ from the previous briefing's. A long series keeps a
 * figure per observation, and the position of its briefing where that is not simply the next
 * ({@link ObservationList}). In the same pass it counts the uses of each section's keys, which the
 * lone-key rule reads ({@link KeyUses}), so that a long series is read from memory once.
 */
final class Observations {
  private final List<Briefing> series;
  /** The day of each briefing, by its position in the series. */
  private final StatedDate[] days;
  /** Each of {@link #days} as {@link ObservationList#key}. */
  private final int[] dayKeys;
  private final Map<Measure, ObservationList> byMeasure = new LinkedHashMap<>();
  private final Map<Measure, List<Observation>> unmodifiable = Collections.unmodifiableMap(byMeasure);
  private final List<Section<?, ?>> sections = Section.standard();
  /** For each standard section, the figures of each scope it has had, by scope key ("" for none). */
  private final List<Map<String, Figures>> byScope = new ArrayList<>();
  /** For each standard section, the figures of the record at each position in the previous briefing. */
  private final Figures[][] previous;
  /** For each standard section, the uses of its keys. */
  private final KeyUses[] keys;
  /** Own measures' lists by section and measure id, scope key and part code ("" for a plain figure). */
  private final Map<String, Map<String, Map<String, ObservationList>>> own = new HashMap<>();
  /**
   * Whether the first briefing is being read. Its measures are those most briefings state again, so
   * their lists start as long as the series and never grow; a measure first stated later starts
   * small, so that a series of measures stated once each wastes nothing.
   */
  private boolean first = true;

  private Observations(List<Briefing> series) {
    this.series = series;
    this.days = new StatedDate[series.size()];
    this.dayKeys = new int[series.size()];
    this.previous = new Figures[sections.size()][];
    this.keys = new KeyUses[sections.size()];
    for (int s = 0; s < sections.size(); s++) {
      byScope.add(new HashMap<>());
      previous[s] = new Figures[0];
      keys[s] = new KeyUses();
    }
  }

  /** Reads the figures and the keys of a series' briefings, once. */
  static Observations of(List<Briefing> briefings) {
    Observations o = new Observations(briefings);
    for (int i = 0; i < briefings.size(); i++) {
      o.add(i, briefings.get(i));
      o.first = false;
    }
    o.byMeasure.values().forEach(ObservationList::sortByDate);
    return o;
  }

  /** Returns each measure's figures, as {@link BriefingSeries#observations()} gives them. */
  Map<Measure, List<Observation>> byMeasure() {
    return unmodifiable;
  }

  /** Returns the uses of the keys of each {@link Section#standard() standard section}, in that order. */
  List<KeyUses> keys() {
    return Arrays.asList(keys);
  }

  /**
   * The lists of the figures of one section and scope: one per plain figure, by the figure's index in
   * the section, made when first stated; the parts of a breakdown by part code.
   */
  private static final class Figures {
    final String scope;
    final ObservationList[] plain;
    final Parts[] parts;

    Figures(String scope, int figures) {
      this.scope = scope;
      this.plain = new ObservationList[figures];
      this.parts = new Parts[figures];
    }
  }

  /** The lists of a breakdown's parts by code, and the codes in the order the previous briefing stated them. */
  private static final class Parts {
    final Map<String, ObservationList> byCode = new HashMap<>();
    String[] codes = new String[0];
    ObservationList[] lists = new ObservationList[0];
  }

  private void add(int at, Briefing b) {
    days[at] = StatedDate.of(b.date());
    dayKeys[at] = ObservationList.key(days[at]);
    for (int s = 0; s < sections.size(); s++) {
      add(s, sections.get(s), b, at);
    }
    for (OwnFigure f : b.ownFigures()) {
      OwnMeasure m = b.ownMeasure(f.measure()).orElseThrow();
      String section = m.section().orElse(OwnMeasure.NO_SECTION);
      String scope = f.scope().orElse("");
      ownList(section, scope, m, "").add(at, f.count());
      f.breakdown().ifPresent(parts -> parts.parts().forEach((key, count) ->
          ownList(section, scope, m, key.code()).add(at, count)));
    }
  }

  private <S> void add(int s, Section<S, ?> section, Briefing b, int at) {
    List<S> records = section.records(b);
    List<? extends Figure<S, ?>> figures = section.figures();
    if (previous[s].length < records.size()) {
      previous[s] = Arrays.copyOf(previous[s], records.size());
    }
    boolean measured = section != OfficialCase.SECTION; // the officials of a case are no measure of the series
    for (int r = 0; r < records.size(); r++) {
      S record = records.get(r);
      Optional<String> key = section.key(record);
      if (key.isPresent()) {
        keys[s].add(r, key.get(), b.id());
      }
      if (!measured) {
        continue;
      }
      Figures lists = figures(s, section, r, key.orElse(""));
      for (int i = 0; i < figures.size(); i++) {
        Figure<S, ?> f = figures.get(i);
        if (f.isBreakdown()) {
          parts(section, f, i, f.parts().orElseThrow(), record, lists, at);
        } else {
          Optional<Count> count = f.value(record);
          if (count.isPresent()) {
            ObservationList list = lists.plain[i];
            if (list == null) {
              list = list(new Measure(section.name(), lists.scope, f.name(), f.unit(), f.kind()));
              lists.plain[i] = list;
            }
            list.add(at, count.get());
          }
        }
      }
    }
  }

  /** Returns the lists of a record's figures: those of the record at its position before, if of the same scope. */
  private Figures figures(int s, Section<?, ?> section, int r, String scope) {
    Figures lists = previous[s][r];
    if (lists == null || !lists.scope.equals(scope)) {
      lists = byScope.get(s).computeIfAbsent(scope, k -> new Figures(k, section.figures().size()));
      previous[s][r] = lists;
    }
    return lists;
  }

  private <S, K extends Term> void parts(Section<S, ?> section, Figure<S, ?> f, int i, Figure.Parts<S, ?, K> parts,
      S record, Figures lists, int at) {
    Breakdown<K, Count> breakdown = parts.of(record);
    if (breakdown.isEmpty()) {
      return;
    }
    Parts known = lists.parts[i];
    if (known == null) {
      known = new Parts();
      lists.parts[i] = known;
    }
    if (known.codes.length < breakdown.parts().size()) {
      known.codes = Arrays.copyOf(known.codes, breakdown.parts().size());
      known.lists = Arrays.copyOf(known.lists, breakdown.parts().size());
    }
    int p = 0;
    for (Map.Entry<K, Count> part : breakdown.parts().entrySet()) {
      String code = part.getKey().code();
      ObservationList list = known.lists[p];
      if (list == null || !known.codes[p].equals(code)) {
        list = known.byCode.get(code);
        if (list == null) {
          list = list(new Measure(section.name(), lists.scope, f.name() + "[" + code + "]", f.unit(), f.kind()));
          known.byCode.put(code, list);
        }
        known.codes[p] = code;
        known.lists[p] = list;
      }
      list.add(at, part.getValue());
      p++;
    }
  }

  /** Returns the list of a measure first met, or of an equal one met before. */
  private ObservationList list(Measure m) {
    ObservationList list = byMeasure.get(m);
    if (list == null) {
      list = new ObservationList(series, days, dayKeys, first ? series.size() : 4, m.kind());
      byMeasure.put(m, list);
    }
    return list;
  }

  private ObservationList ownList(String section, String scope, OwnMeasure measure, String part) {
    Map<String, ObservationList> byPart = own.computeIfAbsent(section + "\u0000" + measure.id(), k -> new HashMap<>())
        .computeIfAbsent(scope, k -> new HashMap<>());
    ObservationList list = byPart.get(part);
    if (list == null) {
      list = list(new Measure(section, scope, part.isEmpty() ? measure.id() : measure.id() + "[" + part + "]",
          measure.unit(), measure.kind()));
      byPart.put(part, list);
    }
    return list;
  }
}
