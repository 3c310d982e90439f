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
 * The observations of one measure, held as arrays: each figure, the position of its briefing in the
 * series, and its date as a number that orders and compares as the dates do. A long series keeps
 * millions of them, so none is an object until it is read, and the series rules compare the numbers
 * rather than dates spread over the heap. Reading one makes an {@link Observation} equal to any other
 * read of it. Unmodifiable once the series has built it.
 */
final class ObservationList extends AbstractList<Observation> implements RandomAccess {
  private final List<Briefing> briefings;
  /** The day of each briefing of the series, the date of a figure that states none of its own. */
  private final StatedDate[] days;
  private int[] at;
  private Count[] counts;
  /** Each date as {@link #key}. */
  private int[] dates;
  private int size;

  ObservationList(List<Briefing> briefings, StatedDate[] days, int capacity) {
    this.briefings = briefings;
    this.days = days;
    this.at = new int[Math.max(capacity, 2)];
    this.counts = new Count[at.length];
    this.dates = new int[at.length];
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
    if (size == at.length) {
      at = Arrays.copyOf(at, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
      dates = Arrays.copyOf(dates, size * 2);
    }
    at[size] = briefing;
    counts[size] = count;
    dates[size++] = key(count.asOf().orElse(days[briefing]));
  }

  /** Orders the observations by date, stably: briefings come in order, so they mostly are already. */
  void sortByDate() {
    for (int i = 1; i < size; i++) {
      if (dates[i - 1] > dates[i]) {
        sort();
        return;
      }
    }
  }

  private void sort() {
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> dates[i])); // a stable sort, as List.sort is
    int[] sortedAt = new int[size];
    Count[] sortedCounts = new Count[size];
    int[] sortedDates = new int[size];
    for (int i = 0; i < size; i++) {
      sortedAt[i] = at[order.get(i)];
      sortedCounts[i] = counts[order.get(i)];
      sortedDates[i] = dates[order.get(i)];
    }
    at = sortedAt;
    counts = sortedCounts;
    dates = sortedDates;
  }

  /** Returns the figure of an observation. */
  Count count(int index) {
    return counts[index];
  }

  /** Returns whether two observations are of one date. */
  boolean sameDate(int i, int j) {
    return dates[i] == dates[j];
  }

  /** Returns whether the dates of two observations leave open which came first ({@link StatedDate#isOrderOpen}). */
  boolean orderOpen(int i, int j) {
    if ((dates[i] & 3) == 0 && (dates[j] & 3) == 0) {
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
    return new Observation(briefings.get(at[index]), count, asOf != null ? asOf : days[at[index]]);
  }

  @Override
  public int size() {
    return size;
  }
}
