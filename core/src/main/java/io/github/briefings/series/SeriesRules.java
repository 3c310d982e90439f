package io.github.briefings.series;

import io.github.briefings.internal.Texts;
import io.github.briefings.model.Count;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Section;
import io.github.briefings.model.Tolerance;
import io.github.briefings.validation.RuleContext;
import io.github.briefings.validation.SeriesRule;
import io.github.briefings.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard series rules, which a {@link io.github.briefings.validation.SeriesValidator} runs
 * unless told otherwise. Each figure is dated by {@code Count.asOf()} when stated "as of" another
 * date, else by its briefing, and a measure's figures are compared in that order; stocks may rise or
 * fall freely, and figures of different scopes or units are never compared.
 *
 * <ul>
 *   <li>{@value #CUMULATIVE_FALL} (WARNING): a {@link FigureKind#CUMULATIVE cumulative} measure that
 *       certainly falls from one date to the next; INFO when the later figure is marked as a
 *       correction, when it only may have fallen, or when the dates' precision leaves open which came
 *       first (May 2023 and 10 May 2023). A figure repeated as stated ("more than 35,000" twice) is no
 *       possible fall.
 *   <li>{@value #CONFLICTING_FIGURES} (WARNING): two figures for one measure as of the same date that
 *       cannot both be true.
 *   <li>{@value #LONE_KEY} (INFO): a scope key that appears in only one briefing of the series while
 *       a near key appears in others ({@code all} and {@code all-suspects}): a typo that splits a
 *       measure in two. The keys that name other records, an arsenal's place and an official case's
 *       id, are checked alike.
 * </ul>
 */
public final class SeriesRules {
  private SeriesRules() {}

  /** The rule id of a cumulative measure that falls. */
  public static final String CUMULATIVE_FALL = "series.cumulative-fall";
  /** The rule id of two different figures for one measure on one date. */
  public static final String CONFLICTING_FIGURES = "series.conflicting-figures";
  /** The rule id of a scope key of one briefing near the keys of others. */
  public static final String LONE_KEY = "series.lone-key";

  private static final List<SeriesRule> ALL = List.of(
      SeriesRule.of(CUMULATIVE_FALL, Severity.WARNING, "a running total falls from one date to the next",
          (series, findings) -> compareInOrder(series, findings, SeriesRules::fall)),
      SeriesRule.of(CONFLICTING_FIGURES, Severity.WARNING,
          "two figures of one measure as of one date cannot both be true",
          (series, findings) -> compareInOrder(series, findings, SeriesRules::conflict)),
      SeriesRule.of(LONE_KEY, Severity.INFO, "a scope key of one briefing only, near the keys of others",
          SeriesRules::loneKeys));

  /**
   * Returns the standard series rules, in id order.
   *
   * @return the standard series rules, in id order
   */
  public static List<SeriesRule> all() {
    return ALL;
  }

  /** Compares two figures of one measure, the earlier first. */
  @FunctionalInterface
  private interface Comparison {
    void compare(Measure m, ObservationList observations, int later, Tolerance tolerance, RuleContext findings);
  }

  private static void compareInOrder(BriefingSeries series, RuleContext findings, Comparison comparison) {
    Tolerance tolerance = findings.policy().approximation();
    series.observations().forEach((m, observations) -> {
      ObservationList list = (ObservationList) observations; // as the series built them
      if (list.quiet()) {
        return; // in date order, and no cumulative figure falls: nothing to compare
      }
      for (int i = 1; i < list.size(); i++) {
        comparison.compare(m, list, i, tolerance, findings);
      }
    });
  }

  private static void conflict(Measure m, ObservationList observations, int later, Tolerance tolerance,
      RuleContext findings) {
    if (observations.sameDate(later - 1, later) && observations.count(later - 1).interval(tolerance)
        .isDisjointFrom(observations.count(later).interval(tolerance))) {
      Observation before = observations.get(later - 1);
      Observation after = observations.get(later);
      findings.violated(m.path(), "on " + after.date() + " " + m.path() + " is " + before.count() + " in "
          + before.briefing().id() + " but " + after.count() + " in " + after.briefing().id(), values(m, before, after));
    }
  }

  private static void fall(Measure m, ObservationList observations, int later, Tolerance tolerance,
      RuleContext findings) {
    Count earlier = observations.count(later - 1);
    Count now = observations.count(later);
    if (m.kind() != FigureKind.CUMULATIVE || observations.sameDate(later - 1, later)
        || MeasureChange.sameStatements(earlier, now)) {
      return; // a figure repeated as stated ("more than 35,000" twice) says nothing of a fall
    }
    if (earlier.isExact() && now.isExact() && earlier.value() <= now.value()
        && !observations.orderOpen(later - 1, later)) {
      return; // the usual case, a running total that holds or rises, decided without intervals
    }
    Observation before = observations.get(later - 1);
    Observation after = observations.get(later);
    Interval a = before.count().interval(tolerance);
    Interval b = after.count().interval(tolerance);
    boolean open = before.date().isOrderOpen(after.date());
    boolean certainly = a.allAbove(b);
    boolean possibly = !certainly && !a.allAtMost(b);
    if (open && (certainly || b.allAbove(a))) {
      findings.note(m.path(), m.path() + ", a running total, is " + before.count() + " (" + before.date() + ") and "
          + after.count() + " (" + after.date() + "): the dates leave open which came first, so it may have fallen",
          values(m, before, after));
    } else if (!open && (certainly || possibly)) {
      String how = certainly ? " fell from " : " may have fallen from ";
      String message = m.path() + ", a running total," + how + before.count() + " (" + before.date() + ") to "
          + after.count() + " (" + after.date() + ")" + (after.count().correction() ? ", marked as a correction" : "");
      if (certainly && !after.count().correction()) {
        findings.violated(m.path(), message, values(m, before, after));
      } else {
        findings.note(m.path(), message, values(m, before, after));
      }
    }
  }

  private static Map<String, String> values(Measure m, Observation before, Observation after) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("earlierBriefing", before.briefing().id());
    values.put("earlierDate", before.date().toString());
    values.put("earlier", before.count().toString());
    values.put("laterBriefing", after.briefing().id());
    values.put("laterDate", after.date().toString());
    values.put("later", after.count().toString());
    values.put("unit", m.unit().toString());
    return values;
  }

  private static void loneKeys(BriefingSeries series, RuleContext findings) {
    if (series.briefings().size() < 2) {
      return;
    }
    List<Section<?, ?>> sections = Section.standard();
    List<KeyUses> bySection = series.read().keys(); // gathered as the figures were, in the same pass over the series
    for (int s = 0; s < sections.size(); s++) {
      Section<?, ?> section = sections.get(s);
      Map<String, KeyUses.Use> uses = new TreeMap<>(bySection.get(s).byKey());
      uses.forEach((key, use) -> {
        if (use.count() != 1) {
          return;
        }
        String in = use.firstBriefing();
        List<String> near = new ArrayList<>();
        uses.forEach((other, otherUse) -> {
          if (Texts.near(key, other) && !(otherUse.count() == 1 && otherUse.firstBriefing().equals(in))) {
            near.add(Texts.quote(other) + " (in " + otherUse.briefings() + ")");
          }
        });
        if (!near.isEmpty()) {
          Map<String, String> values = new LinkedHashMap<>();
          values.put("key", key);
          values.put("briefing", in);
          values.put("near", String.join("; ", near));
          findings.violated(section.name() + "[" + key + "]", "the scope key " + Texts.quote(key) + " of "
              + section.name() + " is only in " + in + ", and near it " + String.join(", ", near)
              + ": a typo would split a measure in two", values);
        }
      });
    }
  }
}
