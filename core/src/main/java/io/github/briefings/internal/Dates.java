package io.github.briefings.internal;

import java.time.LocalDate;

/** The range of dates the library accepts anywhere. Not for use outside this library. */
public final class Dates {
  /** The earliest date accepted: 1 January 1900. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** The latest date accepted: 31 December 2199. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private Dates() {}

  /**
   * Returns whether the date lies between {@link #EARLIEST} and {@link #LATEST}, both included.
   *
   * @param date not null
   * @return whether it is in range
   */
  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * Returns the problem with a date out of range, for a message.
   *
   * @param field the field's name, not null
   * @param date not null
   * @return {@code "date must be between 1900-01-01 and 2199-12-31: 0000-01-01"}
   */
  public static String outOfRange(String field, LocalDate date) {
    return field + " must be between " + EARLIEST + " and " + LATEST + ": " + date;
  }
}
