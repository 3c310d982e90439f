package io.github.briefings.draft;

import io.github.briefings.model.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as a text states it: where it stands (from {@code start}, included, to {@code end},
 * excluded, counted in code points, as the W3C TextPositionSelector counts them), its words as
 * written, its qualifier, its value (and the high end of a range), its currency when it is an amount
 * of money, and an equivalent stated beside it in brackets ("340 million tenge ($766,599 USD)").
 *
 * @param start the first code point of the figure's words
 * @param end the code point after them
 * @param exact the figure's words, as written: qualifier, number, multiplier and currency
 * @param qualifier how the value relates to the truth
 * @param value the value, multipliers applied ("340 million" is 340000000)
 * @param high the high end of a range
 * @param currency the ISO 4217 code of an amount of money
 * @param equivalent an equivalent in another currency, stated in brackets after it
 */
public record Mention(int start, int end, String exact, Qualifier qualifier, BigDecimal value, Optional<BigDecimal> high,
    Optional<String> currency, Optional<Mention> equivalent) {
  /**
   * Creates a mention.
   *
   * @param start the first code point of the figure's words
   * @param end the code point after them
   * @param exact the figure's words, not null
   * @param qualifier not null
   * @param value not null
   * @param high not null
   * @param currency not null
   * @param equivalent not null
   * @throws NullPointerException if an argument is null
   */
  public Mention {
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(equivalent, "equivalent");
  }

  /**
   * Returns whether it is an amount of money.
   *
   * @return whether a currency is stated
   */
  public boolean isMoney() {
    return currency.isPresent();
  }

  /** Returns the figure's words and where they stand: {@code "more than 35,000" [1203, 1219)}. */
  @Override
  public String toString() {
    return "\"" + exact + "\" [" + start + ", " + end + ")";
  }
}
