package io.github.briefings.validation;

import io.github.briefings.model.Count;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Tolerance;

/**
 * Whether a comparison of two sums of figures finds nothing, read from the bounds of the sums alone:
 * what {@link Interval#plus} and {@link CollectingContext#holds} give, without an {@link Interval}
 * per figure and per sum. Most comparisons find nothing and most figures are exact.
 */
final class Sums {
  /** The upper bound of a sum that has none. */
  private static final long UNBOUNDED = -1;

  private Sums() {}

  /**
   * Returns whether {@code left} compares with {@code right} as the comparison says whatever the true
   * values are; a null figure is left out.
   */
  static boolean holds(Relation.Comparison comparison, Count[] left, Count[] right, Tolerance t) {
    switch (comparison) {
      case AT_MOST:
        return allAtMost(left, right, t);
      case AT_LEAST:
        return allAtMost(right, left, t);
      default:
        long low = lowest(left, t);
        return highest(left, t) == low && lowest(right, t) == low && highest(right, t) == low;
    }
  }

  private static boolean allAtMost(Count[] left, Count[] right, Tolerance t) {
    return atMost(highest(left, t), right, t);
  }

  /** Returns whether one figure is at most the sum of {@code right} whatever the true values are. */
  static boolean atMost(Count left, Count[] right, Tolerance t) {
    return atMost(highest(left, t), right, t);
  }

  /** Returns whether an upper bound ({@link #UNBOUNDED} for none) is at most the lower bound of a sum. */
  private static boolean atMost(long high, Count[] right, Tolerance t) {
    return high != UNBOUNDED && high <= lowest(right, t);
  }

  /** The lower bound of the sum, saturating at {@link Long#MAX_VALUE}. */
  static long lowest(Count[] counts, Tolerance t) {
    long sum = 0;
    for (Count c : counts) {
      if (c != null) {
        sum = add(sum, isPlain(c) ? c.value() : c.interval(t).lower());
      }
    }
    return sum;
  }

  /** The upper bound of the sum, saturating at {@link Long#MAX_VALUE}; {@link #UNBOUNDED} when it has none. */
  static long highest(Count[] counts, Tolerance t) {
    long sum = 0;
    for (Count c : counts) {
      if (c == null) {
        continue;
      }
      long high = highest(c, t);
      if (high == UNBOUNDED) {
        return UNBOUNDED;
      }
      sum = add(sum, high);
    }
    return sum;
  }

  /** The upper bound of one figure; {@link #UNBOUNDED} when it has none. */
  private static long highest(Count c, Tolerance t) {
    if (isPlain(c)) {
      return c.value();
    }
    Interval i = c.interval(t);
    return i.isBounded() ? i.upper().getAsLong() : UNBOUNDED;
  }

  /** Whether a figure allows its value alone: exact, and stated once. */
  private static boolean isPlain(Count c) {
    return c.qualifier() == Qualifier.EXACT && c.alsoStated().isEmpty();
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
