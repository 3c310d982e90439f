package io.github.briefings.model;

/**
 * How a stated figure relates to the true value: each qualifier turns a stated value into an
 * {@link Interval} of possible true values (see {@link Count#interval(Tolerance)}).
 */
public enum Qualifier {
  /** Exactly the stated value: {@code 547} is [547, 547]. */
  EXACT,
  /** The stated value or more: "at least 20" is [20, ∞). */
  AT_LEAST,
  /** Strictly more than the stated value: "more than 35,000" is [35,001, ∞). */
  MORE_THAN,
  /** The stated value or fewer: "at most 20" is [0, 20]. */
  AT_MOST,
  /** Strictly fewer than the stated value: "fewer than 20" is [0, 19]. */
  FEWER_THAN,
  /**
   * Close to the stated value ("about", "around", "estimated", "nearly"): N is [N − t·N, N + t·N]
   * for a tolerance t chosen by whoever reads the figure.
   */
  APPROXIMATELY,
  /** Between a low and a high value, both included: "between 20 and 30" is [20, 30]. */
  RANGE
}
