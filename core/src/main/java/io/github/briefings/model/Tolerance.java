package io.github.briefings.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The relative tolerance that turns an {@link Qualifier#APPROXIMATELY approximate} figure into an
 * interval: "about N" is read as [N − t·N, N + t·N].
 *
 * <p>A fraction between 0 and 1, both included; {@link #DEFAULT} is 10%. Immutable and thread-safe;
 * equal when the fractions are numerically equal.
 */
public final class Tolerance {
  /** The default tolerance for approximate figures: 10%. */
  public static final Tolerance DEFAULT = percent(10);

  private final BigDecimal fraction;

  private Tolerance(BigDecimal fraction) {
    this.fraction = fraction;
  }

  /**
   * Returns a tolerance given as a fraction, such as {@code 0.1} for 10%.
   *
   * @param fraction between 0 and 1 inclusive, not null
   * @return the tolerance, never null
   * @throws IllegalArgumentException if the fraction is outside [0, 1]
   */
  public static Tolerance of(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction must not be null");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("tolerance must be between 0 and 1: " + fraction.toPlainString());
    }
    return new Tolerance(fraction.stripTrailingZeros());
  }

  /**
   * Returns a tolerance given in whole percent, such as {@code 10}.
   *
   * @param percent between 0 and 100 inclusive
   * @return the tolerance, never null
   * @throws IllegalArgumentException if the percentage is outside [0, 100]
   */
  public static Tolerance percent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("tolerance percent must be between 0 and 100: " + percent);
    }
    return new Tolerance(BigDecimal.valueOf(percent, 2).stripTrailingZeros());
  }

  /**
   * Returns the tolerance as a fraction of the stated value.
   *
   * @return between 0 and 1, never null
   */
  public BigDecimal fraction() {
    return fraction;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance && ((Tolerance) o).fraction.compareTo(fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.hashCode();
  }

  @Override
  public String toString() {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
