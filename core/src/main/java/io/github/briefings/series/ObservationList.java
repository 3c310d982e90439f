package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.StatedDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * The observations of one measure, held as arrays: each figure and the position of its briefing in
 * the series. A long series keeps millions of them, so none is an object until it is read, and what
 * stays in memory while the series is read is little: a measure stated by every briefing in turn
 * keeps only its figures, since the i-th is the i-th briefing's. Dates are compared as numbers that
 * order as the dates do: the briefing's, known once per briefing, unless the figure is stated as of
 * another. Reading one makes an {@link Observation} equal to any other read of it. Unmodifiable once
 * the series has built it.
 */
final class ObservationList extends AbstractList<Observation> implements RandomAccess {
  private final List<Briefing> briefings;
  /** The day of each briefing of the series, the date of a figure that states none of its own. */
  private final StatedDate[] days;
  /** Each of {@link #days} as {@link #key}. */
  private final int[] dayKeys;
  private Count[] counts;
  /** The position in the series of each figure's briefing; null while the i-th figure is of the i-th briefing. */
  private int[] at;
  private int size;
  /** Whether the measure is {@link FigureKind#CUMULATIVE cumulative}, and so must not fall. */
  private final boolean cumulative;
  /** The date of the last figure added, as {@link #key}. */
  private int lastDate;
  /**
   * Whether the figures so far need no comparing: each is of a later date than the one before, and of
   * a cumulative measure each also holds or rises from a day to a later day, or repeats the one before
   * as stated. A measure that moves as briefings usually report it is quiet, and the series rules
   * pass it over without reading its figures again.
   */
  private boolean quiet = true;

  ObservationList(List<Briefing> briefings, StatedDate[] days, int[] dayKeys, int capacity, FigureKind kind) {
    this.briefings = briefings;
    this.days = days;
    this.dayKeys = dayKeys;
    this.counts = new Count[Math.max(capacity, 2)];
    this.cumulative = kind == FigureKind.CUMULATIVE;
  }

  /**
   * Returns a stated date as a number: its first day (as an epoch day) and its precision. Equal dates
   * have equal numbers, and the numbers order as the dates by first day, then last day (a day, then
   * the month that starts with it, then the year).
   */
  static int key(StatedDate date) {
    return Math.toIntExact(date.first().toEpochDay() * 4 + date.precision().ordinal());
  }

  /** Adds the figure a briefing, at a position of the series, states. */
  void add(int briefing, Count count) {
    if (size == counts.length) {
      counts = Arrays.copyOf(counts, size * 2);
      if (at != null) {
        at = Arrays.copyOf(at, size * 2);
      }
    }
    if (at == null && briefing != size) {
      at = positions(counts.length);
    }
    if (at != null) {
      at[size] = briefing;
    }
    int date = date(count, briefing);
    if (size > 0 && quiet) {
      quiet = date > lastDate && (!cumulative || holdsOrRises(counts[size - 1], lastDate, count, date));
    }
    lastDate = date;
    counts[size++] = count;
  }

  /**
   * Returns whether a cumulative measure's figure certainly does not fall from the one before, of an
   * earlier date: both exact, of days, and not lower; or the one before repeated as stated.
   */
  private static boolean holdsOrRises(Count before, int beforeDate, Count now, int nowDate) {
    boolean days = (beforeDate & 3) == 0 && (nowDate & 3) == 0; // two days leave no doubt which came first
    return days && before.isExact() && now.isExact() && before.value() <= now.value()
        || MeasureChange.sameStatements(before, now);
  }

  /**
   * Returns whether the figures need no comparing: in date order, no two of one date, and of a
   * cumulative measure none lower than the one before or of a date whose order is open.
   */
  boolean quiet() {
    return quiet;
  }

  /** Returns the positions of the briefings, as many as the given length, that the figures so far are of. */
  private int[] positions(int length) {
    int[] positions = new int[length];
    for (int i = 0; i < size; i++) {
      positions[i] = i;
    }
    return positions;
  }

  private int at(int index) {
    return at == null ? index : at[index];
  }

  /** Returns the date of an observation as {@link #key}. */
  private int date(int index) {
    return date(counts[index], at(index));
  }

  /** Returns the date of a figure a briefing, at a position of the series, states, as {@link #key}. */
  private int date(Count count, int briefing) {
    return count.asOf().isPresent() ? key(count.asOf().get()) : dayKeys[briefing];
  }

  /** Orders the observations by date, stably: briefings come in order, so they mostly are already. */
  void sortByDate() {
    if (quiet) {
      return; // each figure is of a later date than the one before
    }
    for (int i = 1; i < size; i++) {
      if (date(i - 1) > date(i)) {
        sort();
        return;
      }
    }
  }

  private void sort() {
    List<Integer> order = new ArrayList<>(size);
    int[] dates = new int[size];
    for (int i = 0; i < size; i++) {
      order.add(i);
      dates[i] = date(i);
    }
    order.sort(Comparator.comparingInt(i -> dates[i])); // a stable sort, as List.sort is
    int[] sortedAt = new int[size];
    Count[] sortedCounts = new Count[size];
    for (int i = 0; i < size; i++) {
      sortedAt[i] = at(order.get(i));
      sortedCounts[i] = counts[order.get(i)];
    }
    at = sortedAt;
    counts = sortedCounts;
  }

  /** Returns the figure of an observation. */
  Count count(int index) {
    return counts[index];
  }

  /** Returns whether two observations are of one date. */
  boolean sameDate(int i, int j) {
    return date(i) == date(j);
  }

  /** Returns whether the dates of two observations leave open which came first ({@link StatedDate#isOrderOpen}). */
  boolean orderOpen(int i, int j) {
    if ((date(i) & 3) == 0 && (date(j) & 3) == 0) {
      return false; // two days are in order, or the same day
    }
    return get(i).date().isOrderOpen(get(j).date());
  }

  @Override
  public Observation get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size + " observations");
    }
    Count count = counts[index];
    StatedDate asOf = count.asOf().orElse(null);
    return new Observation(briefings.get(at(index)), count, asOf != null ? asOf : days[at(index)]);
  }

  @Override
  public int size() {
    return size;
  }
}
