package io.github.briefings.model;

import io.github.briefings.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amount of money as an official stated it: a {@link Money} amount with a {@link Qualifier} ("more
 * than $2.8 million", "estimated at 136.8 billion tenge", "between 10 and 12 billion"), optionally the
 * equivalent in another currency the briefing gave alongside ("($313.6 million)"), the wording, the
 * speaker and the date it is stated as of. The amounts keep their stated scale and never pass
 * through {@code double}.
 *
 * <pre>{@code
 * StatedAmount damage = StatedAmount.about(Money.of("136800000000", "KZT"))
 *     .withStatedEquivalent(Money.of("313600000", "USD"))
 *     .withStatedAs("136.8 billion tenge ($313.6 million)");
 * }</pre>
 *
 * <p>Invariants: amounts are not negative; a {@link Qualifier#RANGE range} has a high end in the same
 * currency and not below its low end, and no other qualifier has a high end; "fewer than" is above
 * zero; the equivalent is in another currency than the amount; wording is not blank; an attribution is
 * a speaker id. Immutable and thread-safe; equal when every attribute is equal.
 */
@Value.Immutable
public abstract class StatedAmount {
  StatedAmount() {}

  /**
   * Returns a builder, for amounts that need every attribute.
   *
   * @return a builder, for amounts that need every attribute
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the amount, exactly.
   *
   * @param amount the amount, not negative
   * @return the amount, exactly
   * @throws InvalidValueException if negative
   */
  public static StatedAmount exactly(Money amount) {
    return of(Qualifier.EXACT, amount);
  }

  /**
   * Returns "more than the amount".
   *
   * @param amount the amount, not negative
   * @return "more than the amount"
   * @throws InvalidValueException if negative
   */
  public static StatedAmount moreThan(Money amount) {
    return of(Qualifier.MORE_THAN, amount);
  }

  /**
   * Returns "about the amount" (approximately, estimated).
   *
   * @param amount the amount, not negative
   * @return "about the amount" (approximately, estimated)
   * @throws InvalidValueException if negative
   */
  public static StatedAmount about(Money amount) {
    return of(Qualifier.APPROXIMATELY, amount);
  }

  /**
   * Returns "between {@code low} and {@code high}", both included.
   *
   * @param high the highest value stated, not below {@code low}
   * @param low the lowest value stated, not negative
   * @return "between {@code low} and {@code high}", both included
   * @throws InvalidValueException if either is negative, the currencies differ or {@code low > high}
   */
  public static StatedAmount between(Money low, Money high) {
    return builder().qualifier(Qualifier.RANGE).amount(low).high(high).build();
  }

  /**
   * Returns an amount with the given qualifier; for {@link Qualifier#RANGE} use {@link #between}.
   *
   * @param qualifier not null
   * @param amount not null
   * @return the amount, never null
   * @throws InvalidValueException if an invariant is broken
   */
  public static StatedAmount of(Qualifier qualifier, Money amount) {
    return builder().qualifier(qualifier).amount(amount).build();
  }

  /**
   * Returns the stated amount; the low end of a {@link Qualifier#RANGE range}.
   *
   * @return the stated amount; the low end of a {@link Qualifier#RANGE range}
   */
  public abstract Money amount();

  /**
   * Returns how the amount relates to the true amount; {@link Qualifier#EXACT} unless stated.
   *
   * @return how the amount relates to the true amount; {@link Qualifier#EXACT} unless stated
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * Returns the high end of a {@link Qualifier#RANGE range}; empty for every other qualifier.
   *
   * @return the high end of a {@link Qualifier#RANGE range}; empty for every other qualifier
   */
  public abstract Optional<Money> high();

  /**
   * Returns the equivalent in another currency the briefing gave alongside, such as {@code 313600000 USD}.
   *
   * @return the equivalent in another currency the briefing gave alongside, such as {@code 313600000 USD}
   */
  public abstract Optional<Money> statedEquivalent();

  /**
   * Returns the literal wording, such as {@code "136.8 billion tenge ($313.6 million)"}, if recorded.
   *
   * @return the literal wording, such as {@code "136.8 billion tenge ($313.6 million)"}, if recorded
   */
  public abstract Optional<String> statedAs();

  /**
   * Returns the id of the {@link Speaker} who stated the amount, if known.
   *
   * @return the id of the {@link Speaker} who stated the amount, if known
   */
  public abstract Optional<String> attribution();

  /**
   * Returns the date the amount is stated as of, when not the briefing's, as precisely as stated.
   *
   * @return the date the amount is stated as of, when not the briefing's, as precisely as stated
   */
  public abstract Optional<StatedDate> asOf();

  /**
   * Returns where the figure was read, if recorded: a span of a source text ({@link SourceSpan}).
   *
   * @return where the figure was read, if recorded
   */
  public abstract Optional<SourceSpan> span();

  /**
   * Returns a copy with the equivalent in another currency.
   *
   * @param equivalent not negative, another currency
   * @return a copy with the equivalent in another currency
   */
  public abstract StatedAmount withStatedEquivalent(Money equivalent);

  /**
   * Returns a copy with the literal wording.
   *
   * @param statedAs not blank
   * @return a copy with the literal wording
   */
  public abstract StatedAmount withStatedAs(String statedAs);

  /**
   * Returns a copy attributed to a speaker.
   *
   * @param speakerId a speaker id of the briefing
   * @return a copy attributed to a speaker
   */
  public abstract StatedAmount withAttribution(String speakerId);

  /**
   * Returns a copy stated as of another date than the briefing's.
   *
   * @param date not null
   * @return a copy stated as of another date than the briefing's
   */
  public abstract StatedAmount withAsOf(StatedDate date);

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.statedAmount(amount(), qualifier(), high(), statedEquivalent());
    statedAs().ifPresent(s -> p.notBlank("statedAs", s));
    attribution().ifPresent(a -> p.slug("attribution", a));
    p.throwIfAny("StatedAmount");
  }

  /** Returns the amount in words: {@code about 136800000000 KZT (313600000 USD)}, {@code 10 to 12 USD}. */
  @Override
  public String toString() {
    String value;
    switch (qualifier()) {
      case EXACT:
        value = amount().toString();
        break;
      case RANGE:
        value = amount().amount().toPlainString() + " to " + high().get();
        break;
      case APPROXIMATELY:
        value = "about " + amount();
        break;
      default:
        value = qualifier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + amount();
        break;
    }
    return value + statedEquivalent().map(e -> " (" + e + ")").orElse("");
  }

  /** Builds {@link StatedAmount}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableStatedAmount.Builder {
    Builder() {}
  }
}
