package io.github.briefings.jackson;

/**
 * How amounts of money are written, and expected when read: {@link BriefingsModule#withAmounts}. The
 * stated scale is kept either way.
 */
public enum AmountRepresentation {
  /** A decimal string, such as {@code "amount": "340000000"}: the default, and what the schema describes. */
  STRING,
  /** A JSON number, such as {@code "amount": 340000000}. */
  NUMBER
}
