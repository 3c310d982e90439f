package io.github.briefings.series;

import io.github.briefings.internal.Texts;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Investigation;
import io.github.briefings.validation.SeriesValidator;
import io.github.briefings.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
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
 * <p>{@link #check()} runs the {@link SeriesRules standard series rules}: a running total that falls,
 * two figures of one date that conflict, a scope key that looks like a typo of another; a
 * {@link SeriesValidator} runs rules of one's own and overrides severities. Checking costs
 * O(n log n) in the number of figures. Immutable and thread-safe; equal when the briefings are.
 */
public final class BriefingSeries {
  /** The order of a series: by date, then id. */
  private static final Comparator<Briefing> ORDER = Comparator.comparing(Briefing::date).thenComparing(Briefing::id);

  private final Investigation investigation;
  private final List<Briefing> briefings;
  /**
   * What the series rules read, the figures and keys of the briefings; read on first use (a benign
   * race: every thread reads the same).
   */
  private volatile Observations observations;

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
   * @throws NullPointerException if {@code briefings} is null or holds a null
   */
  public static BriefingSeries of(Collection<Briefing> briefings) {
    // copied, so that no collection that kept the array it gave can change the series
    Object[] given = briefings.toArray();
    Briefing[] sorted = Arrays.copyOf(given, given.length, Briefing[].class);
    if (sorted.length == 0) {
      throw new IllegalArgumentException("a series needs at least one briefing");
    }
    // One pass over the briefings as given, which reads each once: a series of many briefings comes
    // from memory, not the caches. A series is mostly given in order; a wrong one is checked again in
    // order, to name its earliest briefing.
    String investigation = Objects.requireNonNull(sorted[0], "the series holds a null briefing").investigation().id();
    Set<String> ids = new HashSet<>(sorted.length * 2); // sized never to grow
    boolean inOrder = true;
    for (int i = 0; i < sorted.length; i++) {
      Briefing b = Objects.requireNonNull(sorted[i], "the series holds a null briefing");
      if (!b.investigation().id().equals(investigation) || !ids.add(b.id())) {
        Arrays.sort(sorted, ORDER);
        throw wrong(sorted);
      }
      inOrder = inOrder && (i == 0 || ORDER.compare(sorted[i - 1], b) <= 0);
    }
    if (!inOrder) {
      Arrays.sort(sorted, ORDER);
    }
    return new BriefingSeries(sorted[0].investigation(), Collections.unmodifiableList(Arrays.asList(sorted)));
  }

  /** What is wrong with briefings in order that are not all of one investigation or repeat an id. */
  private static IllegalArgumentException wrong(Briefing[] sorted) {
    Briefing first = sorted[0];
    Set<String> ids = new HashSet<>();
    for (Briefing b : sorted) {
      if (!b.investigation().id().equals(first.investigation().id())) {
        return new IllegalArgumentException("a series holds briefings of one investigation: " + Texts.quote(first.id())
            + " is on " + Texts.quote(first.investigation().id()) + " but " + Texts.quote(b.id()) + " is on "
            + Texts.quote(b.investigation().id())
            + (Texts.near(first.investigation().id(), b.investigation().id()) ? " (a typo? the ids are near each other)" : ""));
      }
      if (!ids.add(b.id())) {
        return new IllegalArgumentException("the series holds briefing " + Texts.quote(b.id()) + " more than once");
      }
    }
    throw new IllegalStateException("found no wrong briefing"); // not reached: of() found one
  }

  /**
   * Returns the investigation of the series (as the earliest briefing states it).
   *
   * @return the investigation of the series (as the earliest briefing states it)
   */
  public Investigation investigation() {
    return investigation;
  }

  /**
   * Returns the briefings, ordered by date, then id.
   *
   * @return the briefings, ordered by date, then id
   */
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

  /**
   * Returns the diffs of each briefing with the next, in date order.
   *
   * @return the diffs of each briefing with the next, in date order
   */
  public List<BriefingDiff> diffs() {
    List<BriefingDiff> diffs = new ArrayList<>();
    for (int i = 1; i < briefings.size(); i++) {
      diffs.add(BriefingDiff.between(briefings.get(i - 1), briefings.get(i)));
    }
    return List.copyOf(diffs);
  }

  /**
   * Checks the series with the {@link SeriesRules standard series rules} and the default policy; a
   * {@link SeriesValidator} sets other rules, severities and tolerances.
   *
   * @return the findings, never null
   */
  public ValidationReport check() {
    return SeriesValidator.standard().validate(this);
  }

  /**
   * Returns each measure's figures, in the order of the dates they are stated as of (the briefings'
   * order breaking ties): what the series rules compare, and what a chart of the series shows. The
   * measures come in the order the briefings first state them; a briefing that states a measure
   * twice (its figure and an earlier statement of it) gives one observation, with every statement in
   * its count. Computed once; unmodifiable.
   *
   * @return the observations of each measure, never empty lists
   */
  public Map<Measure, List<Observation>> observations() {
    return read().byMeasure();
  }

  /** Returns the figures and keys of the briefings, read once. */
  Observations read() {
    Observations o = observations;
    if (o == null) {
      o = Observations.of(briefings);
      observations = o;
    }
    return o;
  }
}
