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
   * Reads a day written {@code yyyy-MM-dd}, four digits of year, as {@link LocalDate#parse} reads it,
   * without its general parser: a briefing states many dates.
   *
   * @param text not null
   * @return the day, or null for any other text and for a day no calendar has (2022-02-30), which
   *     {@link LocalDate#parse} then reads or refuses with its own message
   */
  public static LocalDate parseDay(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number the ASCII digits from {@code start} to {@code end} write, or -1 if one is not a digit. */
  private static int digits(CharSequence text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
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
