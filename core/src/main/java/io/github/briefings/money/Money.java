package io.github.briefings.money;

import io.github.briefings.internal.Texts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency, with the scale it was stated with:
 * {@code 340000000 KZT} stays {@code 340000000}, {@code 0.50 USD} stays {@code 0.50}.
 *
 * <pre>{@code
 * Money seized = Money.of("340000000", "KZT");
 * Money total = seized.plus(Money.of("1000000", "KZT"));
 * boolean same = Money.of("0.50", "USD").isSameAmountAs(Money.of("0.5", "USD")); // true
 * }</pre>
 *
 * <p>Invariants: the currency is not one of the codes ISO 4217 reserves for "no currency" (XXX) and
 * for testing (XTS); the amount has at most {@value #MAX_PRECISION} significant digits and a scale
 * between 0 and {@value #MAX_SCALE}, so that hostile input cannot make arithmetic slow; amounts are
 * never built from {@code double}. {@link #equals} is exact, scale included ({@code 0.50 USD} is not
 * equal to {@code 0.5 USD}); {@link #isSameAmountAs} compares numerically. Immutable and
 * thread-safe.
 */
public final class Money implements Comparable<Money> {
  /** The largest number of significant digits an amount may have. */
  public static final int MAX_PRECISION = 34;
  /** The largest number of digits after the decimal point an amount may have. */
  public static final int MAX_SCALE = 18;
  /** XXX and XTS: {@link Currency} holds one instance per code, so they are known by identity. */
  private static final Currency NO_CURRENCY = Currency.getInstance("XXX");
  private static final Currency TEST_CURRENCY = Currency.getInstance("XTS");
  /** The longest amount text {@link #of(String, String)} will parse. */
  private static final int MAX_TEXT_LENGTH = MAX_PRECISION + MAX_SCALE + 2;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount with its stated scale, not null
   * @param currency not null
   * @return the money, never null
   * @throws IllegalArgumentException if the amount's scale or precision is beyond the limits
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    requireMoney(currency);
    if (amount.scale() < 0 || amount.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("amount scale must be between 0 and " + MAX_SCALE + ": "
          + amount.scale() + " in " + amount);
    }
    return rounded(amount, currency);
  }

  /**
   * Returns an amount whose currency and scale are known to be within the limits, as a conversion
   * rounds it: only its precision is checked.
   */
  static Money rounded(BigDecimal amount, Currency currency) {
    if (amount.precision() > MAX_PRECISION) {
      throw new IllegalArgumentException("amount must have at most " + MAX_PRECISION
          + " significant digits: " + amount.precision() + " in " + amount.toPlainString());
    }
    return new Money(amount, currency);
  }

  /**
   * Returns an amount of money in the currency with the ISO 4217 code.
   *
   * @param amount the amount with its stated scale, not null
   * @param currencyCode such as {@code "KZT"}, not null
   * @return the money, never null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency, or the amount is beyond the limits
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /**
   * Parses an amount in plain decimal notation, such as {@code "340000000"} or {@code "0.50"}.
   *
   * @param amount digits with an optional sign and decimal point, not null
   * @param currencyCode such as {@code "KZT"}, not null
   * @return the money, never null
   * @throws IllegalArgumentException if the amount is not a plain decimal number, is beyond the
   *     limits, or the code is not an ISO 4217 currency
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Parses an amount in plain decimal notation: an optional minus sign, digits, and optionally a
   * point followed by digits. Exponents are refused so that {@code "1e1000000000"} costs nothing.
   *
   * @param text not null
   * @return the amount with the scale as written, never null
   * @throws IllegalArgumentException if the text is not a plain decimal number within the limits
   */
  public static BigDecimal parseAmount(String text) {
    Objects.requireNonNull(text, "amount must not be null");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("amount must have at most " + MAX_TEXT_LENGTH + " characters: "
          + text.length() + " characters starting " + text.substring(0, 20));
    }
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    int points = 0;
    for (int j = i; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && points == 0 && digits > 0) {
        points++;
      } else {
        digits = -1;
        break;
      }
    }
    if (digits <= 0 || text.endsWith(".")) {
      throw new IllegalArgumentException("amount must be a plain decimal number such as 340000000 or 0.50: "
          + Texts.quote(text));
    }
    return new BigDecimal(text);
  }

  /**
   * Returns the currency with the ISO 4217 code.
   *
   * @param code such as {@code "KZT"}, not null
   * @return the currency, never null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currency must not be null");
    if (code.length() != 3 || !isCapital(code.charAt(0)) || !isCapital(code.charAt(1)) || !isCapital(code.charAt(2))) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters: "
          + Texts.quote(code));
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency is not an ISO 4217 code: \"" + code + "\"", e);
    }
    return requireMoney(currency);
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** XXX ("no currency") and XTS ("for testing") are ISO 4217 codes but no money anyone states. */
  static Currency requireMoney(Currency currency) {
    if (currency == NO_CURRENCY || currency == TEST_CURRENCY) { // one instance per code
      String code = currency.getCurrencyCode();
      throw new IllegalArgumentException("currency " + code + " (" + currency.getDisplayName(java.util.Locale.ROOT)
          + ") is reserved by ISO 4217 and names no money");
    }
    return currency;
  }

  /**
   * Returns the amount, with the scale it was stated with; never null.
   *
   * @return the amount, with the scale it was stated with; never null
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency; never null.
   *
   * @return the currency; never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the sum of this and another amount of the same currency.
   *
   * @param other not null
   * @return the sum, with the larger of the two scales, never null
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if the sum is beyond the limits
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount.add(other.amount), currency);
  }

  /**
   * Returns this amount minus another of the same currency.
   *
   * @param other not null
   * @return the difference, with the larger of the two scales, never null
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if the difference is beyond the limits
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return of(amount.subtract(other.amount), currency);
  }

  /**
   * Returns whether the two amounts are numerically equal in the same currency, whatever their scale.
   *
   * @param other not null
   * @return true for {@code 0.50 USD} and {@code 0.5 USD}; false for different currencies
   */
  public boolean isSameAmountAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  /**
   * Compares the amounts numerically.
   *
   * @param other not null
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** Returns whether the other is money of the same currency and the same amount with the same scale. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).currency.equals(currency) && ((Money) o).amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /** Returns the amount in plain notation and the currency code: {@code 340000000 KZT}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
