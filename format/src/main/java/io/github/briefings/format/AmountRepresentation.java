package io.github.briefings.format;

/**
 * How amounts of money are written, and expected when read, by either Jackson module
 * ({@code BriefingsModule.withAmounts}). The stated scale is kept either way.
 */
public enum AmountRepresentation {
  /** A decimal string, such as {@code "amount": "340000000"}: the default, and what the schema describes. */
  STRING,
  /** A JSON number, such as {@code "amount": 340000000}. */
  NUMBER
}
