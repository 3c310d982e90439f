package io.github.briefings.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount and the equivalent a briefing stated for it in another currency ("340 million tenge
 * ($766,599 USD)"), with the exchange rate the pair implies and its deviation from a reference rate.
 *
 * <pre>{@code
 * StatedEquivalent s = StatedEquivalent.of(Money.of("340000000", "KZT"), Money.of("766599", "USD"), day);
 * s.impliedRate().rate();                      // 443.5174321… KZT per USD
 * s.deviationFrom(reference);                  // -0.000708… (0.07% below the reference)
 * }</pre>
 *
 * <p>Invariants: both amounts are positive and in different currencies. Immutable and thread-safe.
 */
public final class StatedEquivalent {
  /** The source recorded on implied rates. */
  public static final String IMPLIED_SOURCE = "implied by the briefing";

  private final Money amount;
  private final Money equivalent;
  private final ExchangeRate implied;

  private StatedEquivalent(Money amount, Money equivalent, ExchangeRate implied) {
    this.amount = amount;
    this.equivalent = equivalent;
    this.implied = implied;
  }

  /**
   * Returns the stated pair and its implied rate.
   *
   * @param amount the amount as stated, positive, not null
   * @param equivalent the equivalent as stated, positive, in another currency, not null
   * @param date the day the equivalent was stated, not null
   * @return the pair, never null
   * @throws IllegalArgumentException if an amount is not positive or both are in one currency
   */
  public static StatedEquivalent of(Money amount, Money equivalent, LocalDate date) {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(equivalent, "equivalent must not be null");
    if (amount.amount().signum() <= 0 || equivalent.amount().signum() <= 0) {
      throw new IllegalArgumentException("amount and equivalent must be positive: " + amount + ", " + equivalent);
    }
    if (amount.currency().equals(equivalent.currency())) {
      throw new CurrencyMismatchException(amount.currency(), equivalent.currency());
    }
    BigDecimal rate = amount.amount().divide(equivalent.amount(), MathContext.DECIMAL128);
    return new StatedEquivalent(amount, equivalent,
        ExchangeRate.of(date, equivalent.currency(), amount.currency(), rate, IMPLIED_SOURCE));
  }

  /**
   * Returns the amount as stated.
   *
   * @return the amount as stated
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the equivalent as stated.
   *
   * @return the equivalent as stated
   */
  public Money equivalent() {
    return equivalent;
  }

  /**
   * Returns the rate the pair implies: amount units per equivalent unit (KZT per USD), to
   * {@value ExchangeRate#MAX_PRECISION} significant digits, sourced {@value #IMPLIED_SOURCE}.
   * @return the rate the pair implies: amount units per equivalent unit (KZT per USD), to {@value ExchangeRate#MAX_PRECISION} significant digits, sourced {@value #IMPLIED_SOURCE}
   */
  public ExchangeRate impliedRate() {
    return implied;
  }

  /**
   * Returns the relative deviation of the implied rate from a reference rate of the same pair (in
   * either direction): {@code (implied − reference) / reference}.
   *
   * @param reference a rate between the two currencies, not null
   * @return the signed deviation as a fraction, to 34 significant digits
   * @throws IllegalArgumentException if the reference is for another pair of currencies
   */
  public BigDecimal deviationFrom(ExchangeRate reference) {
    ExchangeRate r = reference;
    if (r.base().equals(implied.quote()) && r.quote().equals(implied.base())) {
      r = r.inverse();
    }
    if (!r.base().equals(implied.base()) || !r.quote().equals(implied.quote())) {
      throw new IllegalArgumentException("reference must price " + implied.base().getCurrencyCode() + " in "
          + implied.quote().getCurrencyCode() + ": " + reference.explain());
    }
    return implied.rate().subtract(r.rate()).divide(r.rate(), MathContext.DECIMAL128);
  }

  /**
   * Returns the reference rate for the implied rate's date from a provider, if it has one.
   *
   * @param provider not null
   * @param policy not null
   * @return the reference rate, pricing the equivalent's currency in the amount's, or empty
   */
  public Optional<ExchangeRate> referenceRate(ExchangeRateProvider provider, DatePolicy policy) {
    return provider.find(implied.base(), implied.quote(), implied.date(), policy);
  }
}
