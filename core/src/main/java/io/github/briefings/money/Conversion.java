package io.github.briefings.money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The result of a currency conversion with its audit trail: the source amount, the rate used (with
 * its date, source and derivation), the date asked, and the rounding applied to the result.
 *
 * <p>Invariants: the rate prices the source currency in the result currency; the result has the
 * scale recorded. Immutable and thread-safe.
 */
public final class Conversion {
  private final Money source;
  private final Money result;
  private final ExchangeRate rate;
  private final LocalDate requestedDate;
  private final RoundingMode roundingMode;

  Conversion(Money source, Money result, ExchangeRate rate, LocalDate requestedDate, RoundingMode roundingMode) {
    this.source = source;
    this.result = result;
    this.rate = rate;
    this.requestedDate = requestedDate;
    this.roundingMode = roundingMode;
  }

  /**
   * Returns the amount converted.
   *
   * @return the amount converted
   */
  public Money source() {
    return source;
  }

  /**
   * Returns the converted amount, rounded to {@link #scale()} places with {@link #roundingMode()}.
   *
   * @return the converted amount, rounded to {@link #scale()} places with {@link #roundingMode()}
   */
  public Money result() {
    return result;
  }

  /**
   * Returns the rate used, with its date, source and derivation.
   *
   * @return the rate used, with its date, source and derivation
   */
  public ExchangeRate rate() {
    return rate;
  }

  /**
   * Returns the date the conversion was asked for; the rate's own date may be earlier.
   *
   * @return the date the conversion was asked for; the rate's own date may be earlier
   */
  public LocalDate requestedDate() {
    return requestedDate;
  }

  /**
   * Returns the rounding applied to the exact product.
   *
   * @return the rounding applied to the exact product
   */
  public RoundingMode roundingMode() {
    return roundingMode;
  }

  /**
   * Returns the number of decimal places of the result.
   *
   * @return the number of decimal places of the result
   */
  public int scale() {
    return result.amount().scale();
  }

  /**
   * Explains the conversion in one line:
   * {@code 340000000 KZT × 0.002254702… USD per KZT (2022-04-11, inverse of 443.5174320… KZT per USD,
   * implied by the briefing) = 766599.00 USD, HALF_EVEN to 2 places}.
   *
   * @return the explanation, never null
   */
  public String explain() {
    return source + " × " + rate.explain() + " = " + result + ", " + roundingMode + " to " + scale()
        + (scale() == 1 ? " place" : " places");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Conversion)) {
      return false;
    }
    Conversion c = (Conversion) o;
    return source.equals(c.source) && result.equals(c.result) && rate.equals(c.rate)
        && requestedDate.equals(c.requestedDate) && roundingMode == c.roundingMode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, result, rate, requestedDate, roundingMode);
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
