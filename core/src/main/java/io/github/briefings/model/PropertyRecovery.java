package io.github.briefings.model;

import io.github.briefings.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Property recovered, with its value as stated and, when the briefing gives one, its stated
 * equivalent in another currency: "stolen property estimated at 340 million tenge ($766,599 USD)
 * has been seized".
 *
 * <pre>{@code
 * PropertyRecovery.builder()
 *     .description("stolen property seized")
 *     .amount(Money.of("340000000", "KZT")).estimated(true).statedAs("340 million tenge")
 *     .statedEquivalent(Money.of("766599", "USD"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the description is not blank; amounts are not negative; a range has a high end in
 * the amount's currency, not below it, and nothing else has one; the equivalent is in another
 * currency than the amount; wording is not blank; an attribution is a speaker id. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PropertyRecovery {
  PropertyRecovery() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was recovered, in words.
   *
   * @return what was recovered, in words
   */
  public abstract String description();

  /**
   * Returns the value as stated, with its stated scale.
   *
   * @return the value as stated, with its stated scale
   */
  public abstract Money amount();

  /**
   * Returns how the value relates to the true value ("more than 2.8 million"); {@link Qualifier#EXACT}
   * unless stated.
   * @return how the value relates to the true value ("more than 2.8 million"); {@link Qualifier#EXACT} unless stated
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * Returns the high end of a {@link Qualifier#RANGE range}, in the amount's currency; empty otherwise.
   *
   * @return the high end of a {@link Qualifier#RANGE range}, in the amount's currency; empty otherwise
   */
  public abstract Optional<Money> high();

  /**
   * Returns whether the value is an estimate ("estimated at"). False unless stated.
   *
   * @return whether the value is an estimate ("estimated at"). False unless stated
   */
  @Value.Default
  public boolean estimated() {
    return false;
  }

  /**
   * Returns the literal wording of the amount, such as {@code "340 million tenge"}.
   *
   * @return the literal wording of the amount, such as {@code "340 million tenge"}
   */
  public abstract Optional<String> statedAs();

  /**
   * Returns the equivalent in another currency the briefing gave, such as {@code 766599 USD}.
   *
   * @return the equivalent in another currency the briefing gave, such as {@code 766599 USD}
   */
  public abstract Optional<Money> statedEquivalent();

  /**
   * Returns the id of the speaker who stated the figures, if known.
   *
   * @return the id of the speaker who stated the figures, if known
   */
  public abstract Optional<String> attribution();

  /**
   * Returns where the figure was read, if recorded: a span of a source text ({@link SourceSpan}).
   *
   * @return where the figure was read, if recorded
   */
  public abstract Optional<SourceSpan> span();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.notBlank("description", description());
    p.statedAmount(amount(), qualifier(), high(), statedEquivalent());
    statedAs().ifPresent(s -> p.notBlank("statedAs", s));
    attribution().ifPresent(a -> p.slug("attribution", a));
    p.throwIfAny("PropertyRecovery");
  }

  /** Builds {@link PropertyRecovery}. */
  public static final class Builder extends ImmutablePropertyRecovery.Builder {
    Builder() {}
  }
}
