package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
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

  ObservationList(List<Briefing> briefings, StatedDate[] days, int[] dayKeys, int capacity) {
    this.briefings = briefings;
    this.days = days;
    this.dayKeys = dayKeys;
    this.counts = new Count[Math.max(capacity, 2)];
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
    counts[size++] = count;
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
    Count count = counts[index];
    return count.asOf().isPresent() ? key(count.asOf().get()) : dayKeys[at(index)];
  }

  /** Orders the observations by date, stably: briefings come in order, so they mostly are already. */
  void sortByDate() {
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
