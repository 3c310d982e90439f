package io.github.briefings.money;

import java.time.LocalDate;
import java.util.Currency;

/** Thrown when a conversion needs a rate the provider does not have; names the pair, date and policy. */
public final class MissingRateException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** @serial the currency converted from */
  private final Currency from;
  /** @serial the currency converted to */
  private final Currency to;
  /** @serial the date asked */
  private final LocalDate date;

  MissingRateException(Currency from, Currency to, LocalDate date, DatePolicy policy) {
    super("no rate for " + to.getCurrencyCode() + " per " + from.getCurrencyCode() + " on " + date + " (" + policy + ")");
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /**
   * Returns the currency converted from.
   *
   * @return the currency converted from
   */
  public Currency from() {
    return from;
  }

  /**
   * Returns the currency converted to.
   *
   * @return the currency converted to
   */
  public Currency to() {
    return to;
  }

  /**
   * Returns the date asked.
   *
   * @return the date asked
   */
  public LocalDate date() {
    return date;
  }
}
