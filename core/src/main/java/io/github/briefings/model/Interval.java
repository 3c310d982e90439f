package io.github.briefings.model;

import java.util.OptionalLong;

/**
 * A closed interval of whole numbers [lower, upper], possibly unbounded above: the true values a
 * stated {@link Count} allows.
 *
 * <p>Invariants: {@code 0 <= lower <= upper}. Sums saturate at {@link Long#MAX_VALUE} instead of
 * overflowing. Immutable and thread-safe.
 */
public final class Interval {
  private static final long UNBOUNDED = -1;

  private final long lower;
  private final long upper; // UNBOUNDED when there is no upper bound

  private Interval(long lower, long upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns the interval [lower, upper].
   *
   * @param lower the smallest value, not negative
   * @param upper the largest value, not below {@code lower}
   * @return the interval, never null
   * @throws IllegalArgumentException if {@code lower} is negative or above {@code upper}
   */
  public static Interval of(long lower, long upper) {
    if (lower < 0) {
      throw new IllegalArgumentException("lower bound must not be negative: " + lower);
    }
    if (upper < lower) {
      throw new IllegalArgumentException("upper bound must not be below lower bound: " + upper + " < " + lower);
    }
    return new Interval(lower, upper);
  }

  /**
   * Returns the interval [value, value].
   *
   * @param value the only value, not negative
   * @return the interval, never null
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Interval exactly(long value) {
    return of(value, value);
  }

  /**
   * Returns the interval [lower, ∞).
   *
   * @param lower the smallest value, not negative
   * @return the interval, never null
   * @throws IllegalArgumentException if {@code lower} is negative
   */
  public static Interval atLeast(long lower) {
    if (lower < 0) {
      throw new IllegalArgumentException("lower bound must not be negative: " + lower);
    }
    return new Interval(lower, UNBOUNDED);
  }

  /**
   * Returns the smallest value of the interval, never negative.
   *
   * @return the smallest value of the interval, never negative
   */
  public long lower() {
    return lower;
  }

  /**
   * Returns the largest value of the interval, or empty when the interval is unbounded above.
   *
   * @return the largest value of the interval, or empty when the interval is unbounded above
   */
  public OptionalLong upper() {
    return upper == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(upper);
  }

  /**
   * Returns whether the interval has an upper bound.
   *
   * @return whether the interval has an upper bound
   */
  public boolean isBounded() {
    return upper != UNBOUNDED;
  }

  /**
   * Returns whether the interval holds a single value.
   *
   * @return whether the interval holds a single value
   */
  public boolean isSingleton() {
    return upper == lower;
  }

  /**
   * Returns whether {@code value} lies in the interval.
   *
   * @param value any number
   * @return true when {@code lower <= value <= upper}
   */
  public boolean contains(long value) {
    return value >= lower && (upper == UNBOUNDED || value <= upper);
  }

  /**
   * Returns whether every value of {@code other} lies in this interval.
   *
   * @param other not null
   * @return true when {@code other} is a subset of this interval
   */
  public boolean encloses(Interval other) {
    if (other.lower < lower) {
      return false;
    }
    if (upper == UNBOUNDED) {
      return true;
    }
    return other.upper != UNBOUNDED && other.upper <= upper;
  }

  /**
   * Returns whether every value of this interval is at most every value of {@code other}: the
   * relation "this ≤ other" holds whatever the true values are.
   *
   * @param other not null
   * @return true when this interval is bounded and its upper bound is at most {@code other}'s lower bound
   */
  public boolean allAtMost(Interval other) {
    return upper != UNBOUNDED && upper <= other.lower;
  }

  /**
   * Returns whether every value of this interval is above every value of {@code other}: the
   * relation "this ≤ other" fails whatever the true values are.
   *
   * @param other not null
   * @return true when {@code other} is bounded and this interval's lower bound exceeds its upper bound
   */
  public boolean allAbove(Interval other) {
    return other.upper != UNBOUNDED && lower > other.upper;
  }

  /**
   * Returns whether the two intervals share no value, so the figures cannot be equal.
   *
   * @param other not null
   * @return true when one interval lies wholly above the other
   */
  public boolean isDisjointFrom(Interval other) {
    return allAbove(other) || other.allAbove(this);
  }

  /**
   * Returns the interval of the sums {@code a + b} for a in this interval and b in {@code other}.
   *
   * @param other not null
   * @return the sum, saturating at {@link Long#MAX_VALUE}, never null
   */
  public Interval plus(Interval other) {
    long hi = upper == UNBOUNDED || other.upper == UNBOUNDED ? UNBOUNDED : saturatedAdd(upper, other.upper);
    return new Interval(saturatedAdd(lower, other.lower), hi);
  }

  /**
   * Returns the interval of the differences {@code a - b} for a in this interval and b in
   * {@code other}, none below zero: a count less what it holds twice.
   *
   * @param other not null
   * @return the difference, never null
   */
  public Interval minus(Interval other) {
    long lo = other.upper == UNBOUNDED ? 0 : Math.max(0, lower - other.upper);
    long hi = upper == UNBOUNDED ? UNBOUNDED : Math.max(0, upper - other.lower);
    return new Interval(lo, hi);
  }

  /**
   * Returns the smallest interval that holds both: the values that one or the other allows, and any
   * between them.
   *
   * @param other not null
   * @return the span, never null
   */
  public Interval span(Interval other) {
    long hi = upper == UNBOUNDED || other.upper == UNBOUNDED ? UNBOUNDED : Math.max(upper, other.upper);
    return new Interval(Math.min(lower, other.lower), hi);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval && ((Interval) o).lower == lower && ((Interval) o).upper == upper;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lower) * 31 + Long.hashCode(upper);
  }

  /** Returns the interval in the form {@code [35001, ∞)} or {@code [20, 30]}. */
  @Override
  public String toString() {
    return "[" + lower + ", " + (upper == UNBOUNDED ? "∞)" : upper + "]");
  }
}
