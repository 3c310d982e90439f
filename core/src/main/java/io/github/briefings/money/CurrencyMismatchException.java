package io.github.briefings.money;

import java.util.Currency;

/** Thrown when an operation needs two amounts of one currency and gets two; exposes both currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial the currency of the amount the operation was called on */
  private final Currency first;
  /** @serial the currency of the other amount */
  private final Currency second;

  /**
   * Creates the exception.
   *
   * @param first the currency of the amount the operation was called on, not null
   * @param second the currency of the other amount, not null
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currencies differ: " + first.getCurrencyCode() + " and " + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the amount the operation was called on.
   *
   * @return the currency of the amount the operation was called on
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the currency of the other amount.
   *
   * @return the currency of the other amount
   */
  public Currency second() {
    return second;
  }
}
