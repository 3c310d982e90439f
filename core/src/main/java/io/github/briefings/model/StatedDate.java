package io.github.briefings.model;

import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A date as precisely as it was stated: a day ({@code 2022-04-11}), a month ({@code 2023-05}, "as of
 * May 2023") or a year ({@code 2022}). It stands for every day from {@link #first()} to
 * {@link #last()}, so that two stated dates are in a certain order only when one ends before the
 * other begins.
 *
 * <pre>{@code
 * StatedDate may2023 = StatedDate.parse("2023-05");
 * may2023.isBefore(StatedDate.of(LocalDate.of(2023, 5, 10)));   // false: the order is open
 * may2023.isBefore(StatedDate.parse("2023-06"));                 // true
 * }</pre>
 *
 * <p>Invariants: every day it stands for lies between {@link Limits#EARLIEST_DATE} and
 * {@link Limits#LATEST_DATE}. Immutable and thread-safe; equal when precision and date are.
 */
public final class StatedDate {
  /** How precisely a date was stated. */
  public enum Precision {
    /** A calendar day. */
    DAY,
    /** A month of a year. */
    MONTH,
    /** A year. */
    YEAR
  }

  private final LocalDate first;
  private final Precision precision;

  private StatedDate(LocalDate first, Precision precision) {
    this.first = first;
    this.precision = precision;
  }

  /**
   * Returns a day.
   *
   * @param day not null
   * @return the stated date, never null
   * @throws InvalidValueException if the day is out of range
   */
  public static StatedDate of(LocalDate day) {
    return checked(Objects.requireNonNull(day, "day must not be null"), Precision.DAY);
  }

  /**
   * Returns a month, such as "as of May 2023".
   *
   * @param month not null
   * @return the stated date, never null
   * @throws InvalidValueException if the month is out of range
   */
  public static StatedDate of(YearMonth month) {
    return checked(Objects.requireNonNull(month, "month must not be null").atDay(1), Precision.MONTH);
  }

  /**
   * Returns a year.
   *
   * @param year from 1900 to 2199
   * @return the stated date, never null
   * @throws InvalidValueException if the year is out of range
   */
  public static StatedDate ofYear(int year) {
    if (year < Dates.EARLIEST.getYear() || year > Dates.LATEST.getYear()) {
      throw new InvalidValueException("StatedDate", List.of("year must be between " + Dates.EARLIEST.getYear()
          + " and " + Dates.LATEST.getYear() + ": " + year));
    }
    return new StatedDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  /**
   * Reads {@code 2022-04-11}, {@code 2023-05} or {@code 2022}.
   *
   * @param text not null
   * @return the stated date, never null
   * @throws InvalidValueException if the text is none of these forms, or out of range
   */
  public static StatedDate parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    try {
      switch (text.length()) {
        case 4:
          if (digits(text)) {
            return ofYear(Integer.parseInt(text));
          }
          break;
        case 7:
          if (digits(text.substring(0, 4)) && text.charAt(4) == '-' && digits(text.substring(5))) {
            return of(YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5))));
          }
          break;
        case 10:
          if (digits(text.substring(0, 4)) && text.charAt(4) == '-' && digits(text.substring(5, 7))
              && text.charAt(7) == '-' && digits(text.substring(8))) {
            return of(LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                Integer.parseInt(text.substring(8))));
          }
          break;
        default:
          break;
      }
    } catch (DateTimeException e) {
      throw new InvalidValueException("StatedDate", List.of("not a calendar date: " + Texts.quote(text)));
    }
    throw new InvalidValueException("StatedDate",
        List.of("expected a day (2022-04-11), a month (2023-05) or a year (2022): " + Texts.quote(text)));
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static StatedDate checked(LocalDate first, Precision precision) {
    StatedDate d = new StatedDate(first, precision);
    if (!Dates.inRange(d.first()) || !Dates.inRange(d.last())) {
      throw new InvalidValueException("StatedDate", List.of(Dates.outOfRange("date", first)));
    }
    return d;
  }

  /**
   * Returns how precisely the date was stated.
   *
   * @return how precisely the date was stated
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the first day the date stands for.
   *
   * @return the first day the date stands for
   */
  public LocalDate first() {
    return first;
  }

  /**
   * Returns the last day the date stands for: the day itself, the month's last, or 31 December.
   *
   * @return the last day the date stands for: the day itself, the month's last, or 31 December
   */
  public LocalDate last() {
    switch (precision) {
      case DAY:
        return first;
      case MONTH:
        return YearMonth.from(first).atEndOfMonth();
      default:
        return first.withDayOfYear(first.lengthOfYear());
    }
  }

  /**
   * Returns whether this date is certainly before the other: its last day is before the other's first.
   *
   * @param other not null
   * @return true when every day of this date precedes every day of the other
   */
  public boolean isBefore(StatedDate other) {
    return last().isBefore(other.first());
  }

  /**
   * Returns whether the order of the two dates is open: they share a day, and are not the same day.
   *
   * @param other not null
   * @return true when the precision leaves it open which came first
   */
  public boolean isOrderOpen(StatedDate other) {
    return !isBefore(other) && !other.isBefore(this) && !(precision == Precision.DAY && equals(other));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatedDate && ((StatedDate) o).first.equals(first) && ((StatedDate) o).precision == precision;
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 3 + precision.ordinal();
  }

  /** Returns the date as stated, in ISO 8601: {@code 2022-04-11}, {@code 2023-05} or {@code 2022}. */
  @Override
  public String toString() {
    switch (precision) {
      case DAY:
        return first.toString();
      case MONTH:
        return YearMonth.from(first).toString();
      default:
        return Integer.toString(first.getYear());
    }
  }
}
