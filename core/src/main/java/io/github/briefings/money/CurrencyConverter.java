package io.github.briefings.money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts amounts between currencies with the rates of a provider, returning a {@link Conversion}
 * that records everything used.
 *
 * <pre>{@code
 * CurrencyConverter converter = CurrencyConverter.of(rates).withDatePolicy(DatePolicy.latestWithin(3));
 * Conversion c = converter.convert(Money.of("340000000", "KZT"), Money.currency("USD"), LocalDate.of(2022, 4, 11));
 * System.out.println(c.explain());
 * }</pre>
 *
 * <p>The exact product of amount and rate is rounded once to the target currency's minor unit (2
 * places for USD and KZT, 0 for JPY; 4 for currencies without one, such as gold) with
 * {@link RoundingMode#HALF_EVEN}, unless configured otherwise. For a rate derived from stated rates, as
 * an inverse or a cross of two, the product is taken with the exact value of the stated rates rather
 * than the derived rate's {@value ExchangeRate#MAX_PRECISION} digits: 0.03 at 6 per unit is 0.005,
 * rounded to 0.00, where 0.03 × 0.1666…67 would round to 0.01. Immutable and thread-safe.
 */
public final class CurrencyConverter {
  /** Places used for currencies that have no minor unit, such as XAU, unless a scale is configured. */
  public static final int SCALE_WITHOUT_MINOR_UNIT = 4;
  /** The {@link #scale} of a converter that rounds to the target currency's minor unit. */
  private static final int BY_CURRENCY = -1;

  private final ExchangeRateProvider provider;
  private final DatePolicy policy;
  private final RoundingMode roundingMode;
  /** The places of every result, or {@link #BY_CURRENCY} for the target currency's minor unit. */
  private final int scale;

  private CurrencyConverter(ExchangeRateProvider provider, DatePolicy policy, RoundingMode roundingMode, int scale) {
    this.provider = provider;
    this.policy = policy;
    this.roundingMode = roundingMode;
    this.scale = scale;
  }

  /**
   * Returns a converter using the provider's rates of the exact date, rounding HALF_EVEN to the
   * target's minor unit.
   *
   * @param provider not null
   * @return the converter, never null
   */
  public static CurrencyConverter of(ExchangeRateProvider provider) {
    return new CurrencyConverter(Objects.requireNonNull(provider, "provider must not be null"),
        DatePolicy.exactDate(), RoundingMode.HALF_EVEN, BY_CURRENCY);
  }

  /**
   * Returns a copy that finds rates with the given policy.
   *
   * @param policy not null
   * @return a new converter, never null
   */
  public CurrencyConverter withDatePolicy(DatePolicy policy) {
    return new CurrencyConverter(provider, Objects.requireNonNull(policy, "policy must not be null"), roundingMode, scale);
  }

  /**
   * Returns a copy that rounds with the given mode.
   *
   * @param roundingMode not null; {@link RoundingMode#UNNECESSARY} makes inexact conversions throw
   * @return a new converter, never null
   */
  public CurrencyConverter withRoundingMode(RoundingMode roundingMode) {
    return new CurrencyConverter(provider, policy, Objects.requireNonNull(roundingMode, "roundingMode must not be null"), scale);
  }

  /**
   * Returns a copy that rounds every result to the given number of places, whatever the currency.
   *
   * @param scale between 0 and {@value Money#MAX_SCALE}
   * @return a new converter, never null
   * @throws IllegalArgumentException if the scale is out of range
   */
  public CurrencyConverter withScale(int scale) {
    if (scale < 0 || scale > Money.MAX_SCALE) {
      throw new IllegalArgumentException("scale must be between 0 and " + Money.MAX_SCALE + ": " + scale);
    }
    return new CurrencyConverter(provider, policy, roundingMode, scale);
  }

  /**
   * Converts an amount with the rate for the date.
   *
   * @param amount not null
   * @param target the currency to convert to, not null
   * @param date the day whose rate to use, not null
   * @return the conversion with its audit trail, never null
   * @throws MissingRateException if the provider has no rate the policy accepts
   * @throws IllegalArgumentException if the result would exceed {@link Money}'s documented limits
   * @throws IllegalStateException if the provider gives a rate of another pair of currencies
   */
  public Conversion convert(Money amount, Currency target, LocalDate date) {
    ExchangeRate rate = rate(amount, target, date);
    if (rate == null) {
      throw new MissingRateException(amount.currency(), target, date, policy);
    }
    return apply(amount, rate, date);
  }

  /**
   * Converts an amount with the rate for the date, if there is one.
   *
   * @param amount not null
   * @param target the currency to convert to, not null and not the amount's currency
   * @param date the day whose rate to use, not null
   * @return the conversion, or empty when the provider has no rate the policy accepts
   * @throws IllegalArgumentException if the target is the amount's currency, or the result would
   *     exceed {@link Money}'s documented limits
   * @throws IllegalStateException if the provider gives a rate of another pair of currencies
   */
  public Optional<Conversion> tryConvert(Money amount, Currency target, LocalDate date) {
    ExchangeRate rate = rate(amount, target, date);
    return rate == null ? Optional.empty() : Optional.of(apply(amount, rate, date));
  }

  /** Returns the provider's rate for the conversion, or null when it has none the policy accepts. */
  private ExchangeRate rate(Money amount, Currency target, LocalDate date) {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(date, "date must not be null");
    if (amount.currency().equals(target)) {
      throw new IllegalArgumentException("amount is already in " + target.getCurrencyCode() + ": " + amount);
    }
    if (provider instanceof RateTable table) {
      return table.rate(amount.currency(), target, date, policy);
    }
    ExchangeRate rate = provider.find(amount.currency(), target, date, policy).orElse(null);
    if (rate != null && !(rate.base().equals(amount.currency()) && rate.quote().equals(target))) {
      throw new IllegalStateException("asked for " + target.getCurrencyCode() + " per " + amount.currency().getCurrencyCode()
          + " on " + date + ", the provider gave a rate of another pair: " + rate);
    }
    return rate;
  }

  /**
   * Converts an amount with a given rate.
   *
   * @param amount not null, in the rate's base currency
   * @param rate not null
   * @param requestedDate the date to record as asked, not null
   * @return the conversion, never null
   * @throws CurrencyMismatchException if the amount is not in the rate's base currency
   * @throws IllegalArgumentException if the result would exceed {@link Money}'s documented limits
   */
  public Conversion convert(Money amount, ExchangeRate rate, LocalDate requestedDate) {
    if (!amount.currency().equals(rate.base())) {
      throw new CurrencyMismatchException(amount.currency(), rate.base());
    }
    return apply(amount, rate, requestedDate);
  }

  /** Converts an amount in the rate's base currency: the rate was found for it, or checked. */
  private Conversion apply(Money amount, ExchangeRate rate, LocalDate requestedDate) {
    int places = scale;
    if (places == BY_CURRENCY) {
      int digits = rate.quote().getDefaultFractionDigits();
      places = digits < 0 ? SCALE_WITHOUT_MINOR_UNIT : digits;
    }
    Money result = Money.rounded(rate.convert(amount.amount(), places, roundingMode), rate.quote());
    return new Conversion(amount, result, rate, requestedDate, roundingMode);
  }
}
