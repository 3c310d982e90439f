package io.github.briefings.money;

import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A dated exchange rate: how many units of the {@link #quote()} currency one unit of the
 * {@link #base()} currency is worth on {@link #date()}, where the figure comes from, and how it was
 * derived (stated directly, the inverse of another rate, or a cross through a pivot currency).
 *
 * <pre>{@code
 * ExchangeRate kztPerUsd = ExchangeRate.of(LocalDate.of(2022, 4, 11), usd, kzt, new BigDecimal("443.83157"), "rates.csv");
 * ExchangeRate usdPerKzt = kztPerUsd.inverse();   // derivation INVERSE, derivedFrom [kztPerUsd]
 * }</pre>
 *
 * <p>Invariants: the rate is positive with at most {@value #MAX_PRECISION} significant digits; base and
 * quote differ and neither is XXX or XTS; the date lies from 1900-01-01 to 2199-12-31; the source is
 * not blank and has at most 2,000 characters. Derived rates are computed to {@value #MAX_PRECISION}
 * significant digits ({@link MathContext#DECIMAL128}); a {@link CurrencyConverter} converts with the
 * exact value of the stated rates instead, for a rate derived from at most two of them. Immutable and
 * thread-safe; equal when every part, derivation included, is equal (the rate's scale too).
 */
public final class ExchangeRate {
  /** The significant digits kept by a rate, and by the arithmetic that derives one. */
  public static final int MAX_PRECISION = 34;

  /** How a rate was obtained. */
  public enum Derivation {
    /** Stated by its source. */
    DIRECT,
    /** The reciprocal of the one rate in {@link #derivedFrom()}. */
    INVERSE,
    /** The product of the two rates in {@link #derivedFrom()}, through their shared pivot currency. */
    CROSS
  }

  private final LocalDate date;
  /** The longest source text, in characters. */
  static final int MAX_SOURCE_LENGTH = 2_000;
  private final Currency base;
  private final Currency quote;
  private final BigDecimal rate;
  private final String source;
  private final Derivation derivation;
  private final List<ExchangeRate> derivedFrom;
  /**
   * The rate's exact value as {@code times ÷ per}, products of stated rates (null standing for one),
   * while it is derived from at most two stated rates; {@code stated} counts them, and is 0 for a rate
   * derived further, which converts with its {@value #MAX_PRECISION}-digit value.
   */
  private final BigDecimal times;
  private final BigDecimal per;
  private final int stated;

  private ExchangeRate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source,
      Derivation derivation, List<ExchangeRate> derivedFrom, BigDecimal times, BigDecimal per, int stated) {
    this.date = Objects.requireNonNull(date, "date must not be null");
    this.base = Objects.requireNonNull(base, "base must not be null");
    this.quote = Objects.requireNonNull(quote, "quote must not be null");
    this.rate = Objects.requireNonNull(rate, "rate must not be null");
    this.source = Objects.requireNonNull(source, "source must not be null");
    this.derivation = derivation;
    this.derivedFrom = derivedFrom;
    this.times = times;
    this.per = per;
    this.stated = stated;
    if (!Dates.inRange(date)) {
      throw new IllegalArgumentException(Dates.outOfRange("date", date));
    }
    Money.requireMoney(base);
    Money.requireMoney(quote);
    if (base.equals(quote)) {
      throw new IllegalArgumentException("base and quote must differ: " + base.getCurrencyCode());
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + rate.toPlainString());
    }
    if (rate.precision() > MAX_PRECISION) {
      throw new IllegalArgumentException("rate must have at most " + MAX_PRECISION + " significant digits: "
          + rate.precision());
    }
    if (Texts.isBlank(source) || source.length() > MAX_SOURCE_LENGTH) {
      throw new IllegalArgumentException("source must not be blank and have at most " + MAX_SOURCE_LENGTH
          + " characters: " + Texts.quote(source));
    }
  }

  /**
   * Returns a rate stated by its source.
   *
   * @param date the day the rate applies to, not null
   * @param base the currency of which one unit is priced, not null
   * @param quote the currency the price is in, not null and not {@code base}
   * @param rate quote units per base unit, positive, at most {@value #MAX_PRECISION} significant digits
   * @param source where the rate comes from ("national bank", a file name), not blank, at most 2,000
   *     characters
   * @return the rate, never null
   * @throws IllegalArgumentException if an invariant is broken: the date is outside 1900–2199, a
   *     currency is XXX or XTS, base and quote are one currency, the rate is not positive or too precise
   */
  public static ExchangeRate of(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {
    return new ExchangeRate(date, base, quote, rate, source, Derivation.DIRECT, List.of(), rate, null, 1);
  }

  /**
   * Returns the cross rate {@code first × second} through their shared currency: from
   * {@code first.base()} to {@code second.quote()}, dated the earlier of the two dates.
   *
   * @param first a rate whose quote is the pivot, not null
   * @param second a rate whose base is the pivot, not null
   * @return the cross rate, derivation {@link Derivation#CROSS}, never null
   * @throws IllegalArgumentException if {@code first.quote()} is not {@code second.base()}, or the
   *     cross would price a currency in itself
   */
  public static ExchangeRate cross(ExchangeRate first, ExchangeRate second) {
    if (!first.quote.equals(second.base)) {
      throw new IllegalArgumentException("a cross rate needs first.quote = second.base: "
          + first.quote.getCurrencyCode() + " ≠ " + second.base.getCurrencyCode());
    }
    LocalDate date = first.date.isBefore(second.date) ? first.date : second.date;
    boolean exact = first.stated > 0 && second.stated > 0 && first.stated + second.stated <= 2;
    return new ExchangeRate(date, first.base, second.quote, first.rate.multiply(second.rate, MathContext.DECIMAL128),
        "cross through " + first.quote.getCurrencyCode(), Derivation.CROSS, List.of(first, second),
        exact ? product(first.times, second.times) : null, exact ? product(first.per, second.per) : null, exact ? 2 : 0);
  }

  /** Returns the product, null standing for one. */
  private static BigDecimal product(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.multiply(b);
  }

  /**
   * Returns the reciprocal rate, base and quote swapped, computed to {@value #MAX_PRECISION}
   * significant digits.
   *
   * @return the inverse, derivation {@link Derivation#INVERSE}, never null
   */
  public ExchangeRate inverse() {
    return new ExchangeRate(date, quote, base, BigDecimal.ONE.divide(rate, MathContext.DECIMAL128),
        source, Derivation.INVERSE, List.of(this), per, times, stated);
  }

  /**
   * Converts an amount of the base currency: its exact product with this rate, rounded once to the
   * places given. A rate derived from at most two stated rates is exact as the quotient of their
   * products; one derived further is taken at its {@value #MAX_PRECISION} digits.
   *
   * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and the product
   *     has more places
   */
  BigDecimal convert(BigDecimal amount, int places, RoundingMode mode) {
    if (stated == 0) {
      return amount.multiply(rate).setScale(places, mode);
    }
    BigDecimal product = times == null ? amount : amount.multiply(times);
    return per == null ? product.setScale(places, mode) : product.divide(per, places, mode);
  }

  /**
   * Returns the day the rate applies to; for a derived rate found by a date policy, the day used.
   *
   * @return the day the rate applies to; for a derived rate found by a date policy, the day used
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the currency of which one unit is priced.
   *
   * @return the currency of which one unit is priced
   */
  public Currency base() {
    return base;
  }

  /**
   * Returns the currency the price is in.
   *
   * @return the currency the price is in
   */
  public Currency quote() {
    return quote;
  }

  /**
   * Returns how many quote units one base unit is worth; positive.
   *
   * @return how many quote units one base unit is worth; positive
   */
  public BigDecimal rate() {
    return rate;
  }

  /**
   * Returns where the rate comes from; for an inverse, the source of the rate inverted.
   *
   * @return where the rate comes from; for an inverse, the source of the rate inverted
   */
  public String source() {
    return source;
  }

  /**
   * Returns how the rate was obtained.
   *
   * @return how the rate was obtained
   */
  public Derivation derivation() {
    return derivation;
  }

  /**
   * Returns the rates this one was derived from: none for a direct rate, the rate inverted for an
   * inverse, the two legs of a cross.
   * @return the rates this one was derived from: none for a direct rate, the rate inverted for an inverse, the two legs of a cross
   */
  public List<ExchangeRate> derivedFrom() {
    return derivedFrom;
  }

  /**
   * Returns the rate and its provenance in words:
   * {@code 443.83157 KZT per USD (2022-04-11, rates.csv)}, or for derived rates
   * {@code 0.002253… USD per KZT (2022-04-11, inverse of 443.83157 KZT per USD, rates.csv)}.
   * @return the rate and its provenance in words: {@code 443.83157 KZT per USD (2022-04-11, rates.csv)}, or for derived rates {@code 0.002253… USD per KZT (2022-04-11, inverse of 443.83157 KZT per USD, rates.csv)}
   */
  public String explain() {
    StringBuilder out = new StringBuilder(abbreviate(rate)).append(' ').append(pair()).append(" (").append(date);
    switch (derivation) {
      case INVERSE:
        ExchangeRate of = derivedFrom.get(0);
        out.append(", inverse of ").append(abbreviate(of.rate)).append(' ').append(of.pair()).append(", ").append(source);
        break;
      case CROSS:
        out.append(", cross of ").append(derivedFrom.get(0).explain()).append(" and ").append(derivedFrom.get(1).explain());
        break;
      default:
        out.append(", ").append(source);
    }
    return out.append(')').toString();
  }

  private String pair() {
    return quote.getCurrencyCode() + " per " + base.getCurrencyCode();
  }

  /** Returns the number in plain notation, cut to ten significant digits with an ellipsis when longer. */
  static String abbreviate(BigDecimal n) {
    if (n.precision() <= 10) {
      return n.toPlainString();
    }
    return n.round(new MathContext(10, java.math.RoundingMode.DOWN)).toPlainString() + "…";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExchangeRate)) {
      return false;
    }
    ExchangeRate r = (ExchangeRate) o;
    return date.equals(r.date) && base.equals(r.base) && quote.equals(r.quote) && rate.equals(r.rate)
        && source.equals(r.source) && derivation == r.derivation && derivedFrom.equals(r.derivedFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, base, quote, rate, source, derivation, derivedFrom);
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
