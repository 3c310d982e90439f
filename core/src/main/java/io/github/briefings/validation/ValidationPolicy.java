package io.github.briefings.validation;

import io.github.briefings.model.Tolerance;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.money.ExchangeRateProvider;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings rules read: the tolerance for approximate figures (10% by default), and for stated
 * currency equivalents the reference rates (none by default), how to find a rate for the briefing's
 * date (the latest within 3 days by default) and the tolerance (2% by default).
 *
 * <p>Immutable and thread-safe when the rate provider is; change it with the {@code with…} methods.
 */
public final class ValidationPolicy {
  private static final ValidationPolicy DEFAULT = new ValidationPolicy(Tolerance.DEFAULT, null,
      DatePolicy.latestWithin(3), new BigDecimal("0.02"));

  private final Tolerance approximation;
  private final ExchangeRateProvider referenceRates;
  private final DatePolicy rateDatePolicy;
  private final BigDecimal equivalentTolerance;

  private ValidationPolicy(Tolerance approximation, ExchangeRateProvider referenceRates, DatePolicy rateDatePolicy,
      BigDecimal equivalentTolerance) {
    this.approximation = approximation;
    this.referenceRates = referenceRates;
    this.rateDatePolicy = rateDatePolicy;
    this.equivalentTolerance = equivalentTolerance;
  }

  /**
   * Returns the default policy: 10% for approximate figures, no reference rates, 2% for equivalents.
   *
   * @return the default policy: 10% for approximate figures, no reference rates, 2% for equivalents
   */
  public static ValidationPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Returns the tolerance that turns "about N" into an interval.
   *
   * @return the tolerance that turns "about N" into an interval
   */
  public Tolerance approximation() {
    return approximation;
  }

  /**
   * Returns the provider of reference rates for stated equivalents, if any.
   *
   * @return the provider of reference rates for stated equivalents, if any
   */
  public Optional<ExchangeRateProvider> referenceRates() {
    return Optional.ofNullable(referenceRates);
  }

  /**
   * Returns how a reference rate is found for the briefing's date.
   *
   * @return how a reference rate is found for the briefing's date
   */
  public DatePolicy rateDatePolicy() {
    return rateDatePolicy;
  }

  /**
   * Returns the largest relative deviation of a stated equivalent from the reference rate, as a fraction.
   *
   * @return the largest relative deviation of a stated equivalent from the reference rate, as a fraction
   */
  public BigDecimal equivalentTolerance() {
    return equivalentTolerance;
  }

  /**
   * Returns a copy with another tolerance for approximate figures.
   *
   * @param tolerance not null
   * @return a new policy, never null
   */
  public ValidationPolicy withApproximation(Tolerance tolerance) {
    return new ValidationPolicy(Objects.requireNonNull(tolerance, "tolerance must not be null"), referenceRates,
        rateDatePolicy, equivalentTolerance);
  }

  /**
   * Returns a copy with reference rates for stated equivalents.
   *
   * @param rates not null
   * @return a new policy, never null
   */
  public ValidationPolicy withReferenceRates(ExchangeRateProvider rates) {
    return new ValidationPolicy(approximation, Objects.requireNonNull(rates, "rates must not be null"), rateDatePolicy,
        equivalentTolerance);
  }

  /**
   * Returns a copy that finds reference rates with another date policy.
   *
   * @param policy not null
   * @return a new policy, never null
   */
  public ValidationPolicy withRateDatePolicy(DatePolicy policy) {
    return new ValidationPolicy(approximation, referenceRates, Objects.requireNonNull(policy, "policy must not be null"),
        equivalentTolerance);
  }

  /**
   * Returns a copy with another tolerance for stated equivalents.
   *
   * @param fraction between 0 and 1, such as {@code 0.02} for 2%
   * @return a new policy, never null
   * @throws IllegalArgumentException if the fraction is outside [0, 1]
   */
  public ValidationPolicy withEquivalentTolerance(BigDecimal fraction) {
    return new ValidationPolicy(approximation, referenceRates, rateDatePolicy, Tolerance.of(fraction).fraction());
  }
}
