package io.github.briefings.series;

import io.github.briefings.internal.Texts;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Tolerance;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Briefings of one investigation, ordered by date, checked as a series and diffed.
 *
 * <pre>{@code
 * BriefingSeries series = BriefingSeries.of(List.of(april11, april25));
 * ValidationReport findings = series.check();
 * BriefingDiff diff = series.diffs().get(0);
 * }</pre>
 *
 * <p>Each figure is dated by {@link Count#asOf()} when stated "as of" another date, else by its
 * briefing, and a measure's figures are compared in that order. Series rules: a
 * {@link FigureKind#CUMULATIVE cumulative} measure that certainly falls from one date to the next is a
 * WARNING ({@value #CUMULATIVE_FALL}; INFO when the later figure is marked as a correction, when it
 * only may have fallen, or when the dates' precision leaves open which came first — May 2023 and
 * 10 May 2023); two figures for one measure as of the same date that cannot both be true are a
 * WARNING ({@value #CONFLICTING_FIGURES}). Stocks may rise or fall freely, and figures of different
 * scopes or units are never compared. Checking costs
 * O(n log n) in the number of figures. Immutable and thread-safe; equal when the briefings are.
 */
public final class BriefingSeries {
  /** The rule id of a cumulative measure that falls. */
  public static final String CUMULATIVE_FALL = "series.cumulative-fall";
  /** The rule id of two different figures for one measure on one date. */
  public static final String CONFLICTING_FIGURES = "series.conflicting-figures";

  private final Investigation investigation;
  private final List<Briefing> briefings;

  private BriefingSeries(Investigation investigation, List<Briefing> briefings) {
    this.investigation = investigation;
    this.briefings = briefings;
  }

  /**
   * Returns the series of the briefings, ordered by date (then id).
   *
   * @param briefings at least one, all of one investigation, with distinct ids
   * @return the series, never null
   * @throws IllegalArgumentException if there is no briefing, the investigations differ, or an id repeats
   */
  public static BriefingSeries of(Collection<Briefing> briefings) {
    List<Briefing> sorted = new ArrayList<>(briefings);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a series needs at least one briefing");
    }
    sorted.sort(Comparator.comparing(Briefing::date).thenComparing(Briefing::id));
    Briefing first = sorted.get(0);
    Set<String> ids = new HashSet<>();
    for (Briefing b : sorted) {
      if (!b.investigation().id().equals(first.investigation().id())) {
        throw new IllegalArgumentException("a series holds briefings of one investigation: " + Texts.quote(first.id())
            + " is on " + Texts.quote(first.investigation().id()) + " but " + Texts.quote(b.id()) + " is on "
            + Texts.quote(b.investigation().id()));
      }
      if (!ids.add(b.id())) {
        throw new IllegalArgumentException("the series holds briefing " + Texts.quote(b.id()) + " more than once");
      }
    }
    return new BriefingSeries(first.investigation(), List.copyOf(sorted));
  }

  /** Returns the investigation of the series (as the earliest briefing states it). */
  public Investigation investigation() {
    return investigation;
  }

  /** Returns the briefings, ordered by date, then id. */
  public List<Briefing> briefings() {
    return briefings;
  }

  /** Returns whether the other is a series of equal briefings (and so of the same investigation). */
  @Override
  public boolean equals(Object o) {
    return o instanceof BriefingSeries && ((BriefingSeries) o).briefings.equals(briefings);
  }

  @Override
  public int hashCode() {
    return briefings.hashCode();
  }

  /** Returns the investigation's id and the briefings' ids: {@code kz-january-2022-unrest [kz-2022-04-11, …]}. */
  @Override
  public String toString() {
    StringBuilder ids = new StringBuilder();
    for (Briefing b : briefings) {
      ids.append(ids.length() == 0 ? "" : ", ").append(b.id());
    }
    return investigation.id() + " [" + ids + "]";
  }

  /** Returns the diffs of each briefing with the next, in date order. */
  public List<BriefingDiff> diffs() {
    List<BriefingDiff> diffs = new ArrayList<>();
    for (int i = 1; i < briefings.size(); i++) {
      diffs.add(BriefingDiff.between(briefings.get(i - 1), briefings.get(i)));
    }
    return List.copyOf(diffs);
  }

  /** Checks the series with the default tolerance for approximate figures. */
  public ValidationReport check() {
    return check(Tolerance.DEFAULT);
  }

  /**
   * Checks the series rules.
   *
   * @param tolerance how to read approximate figures, not null
   * @return the findings, never null
   */
  public ValidationReport check(Tolerance tolerance) {
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    Map<Measure, List<Observation>> byMeasure = new HashMap<>();
    for (Briefing b : briefings) {
      Measures.of(b).forEach((m, c) -> byMeasure.computeIfAbsent(m, k -> new ArrayList<>()).add(new Observation(b, c)));
    }
    List<Violation> found = new ArrayList<>();
    byMeasure.forEach((m, observations) -> {
      // by the date each figure is stated as of; the briefings' order breaks ties
      observations.sort(Comparator.comparing((Observation o) -> o.date.first()).thenComparing(o -> o.date.last()));
      for (int i = 1; i < observations.size(); i++) {
        compare(m, observations.get(i - 1), observations.get(i), tolerance, found);
      }
    });
    return ValidationReport.of(found);
  }

  private static void compare(Measure m, Observation before, Observation after, Tolerance tolerance,
      List<Violation> found) {
    Interval a = before.count.interval(tolerance);
    Interval b = after.count.interval(tolerance);
    if (before.date.equals(after.date)) {
      if (a.isDisjointFrom(b)) {
        found.add(violation(CONFLICTING_FIGURES, Severity.WARNING, m, before, after,
            "on " + after.date + " " + m.path() + " is " + before.count + " in " + before.briefing.id()
                + " but " + after.count + " in " + after.briefing.id()));
      }
      return;
    }
    if (m.kind() != FigureKind.CUMULATIVE || MeasureChange.sameStatements(before.count, after.count)) {
      return; // a figure repeated as stated ("more than 35,000" twice) says nothing of a fall
    }
    boolean open = before.date.isOrderOpen(after.date);
    boolean certainly = a.allAbove(b);
    boolean possibly = !certainly && !a.allAtMost(b);
    if (open && (certainly || b.allAbove(a))) {
      found.add(violation(CUMULATIVE_FALL, Severity.INFO, m, before, after, m.path() + ", a running total, is "
          + before.count + " (" + before.date + ") and " + after.count + " (" + after.date
          + "): the dates leave open which came first, so it may have fallen"));
    } else if (!open && (certainly || possibly)) {
      Severity severity = certainly && !after.count.correction() ? Severity.WARNING : Severity.INFO;
      String how = certainly ? " fell from " : " may have fallen from ";
      found.add(violation(CUMULATIVE_FALL, severity, m, before, after, m.path() + ", a running total,"
          + how + before.count + " (" + before.date + ") to " + after.count + " ("
          + after.date + ")" + (after.count.correction() ? ", marked as a correction" : "")));
    }
  }

  private static Violation violation(String rule, Severity severity, Measure m, Observation before, Observation after,
      String message) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("earlierBriefing", before.briefing.id());
    values.put("earlierDate", before.date.toString());
    values.put("earlier", before.count.toString());
    values.put("laterBriefing", after.briefing.id());
    values.put("laterDate", after.date.toString());
    values.put("later", after.count.toString());
    values.put("unit", m.unit().toString());
    return new Violation(rule, severity, m.path(), message, values, false);
  }

  /** One briefing's figure for a measure, and the date it is stated as of. */
  private static final class Observation {
    final Briefing briefing;
    final Count count;
    final StatedDate date;

    Observation(Briefing briefing, Count count) {
      this.briefing = briefing;
      this.count = count;
      this.date = count.asOf().orElseGet(() -> StatedDate.of(briefing.date()));
    }
  }
}
