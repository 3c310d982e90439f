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
 * <p>Invariants: the description is not blank; amounts are not negative; the equivalent is in another
 * currency than the amount; wording is not blank; an attribution is a speaker id. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PropertyRecovery {
  PropertyRecovery() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns what was recovered, in words. */
  public abstract String description();

  /** Returns the value as stated, with its stated scale. */
  public abstract Money amount();

  /** Returns whether the value is an estimate ("estimated at"). False unless stated. */
  @Value.Default
  public boolean estimated() {
    return false;
  }

  /** Returns the literal wording of the amount, such as {@code "340 million tenge"}. */
  public abstract Optional<String> statedAs();

  /** Returns the equivalent in another currency the briefing gave, such as {@code 766599 USD}. */
  public abstract Optional<Money> statedEquivalent();

  /** Returns the id of the speaker who stated the figures, if known. */
  public abstract Optional<String> attribution();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.notBlank("description", description());
    if (amount().amount().signum() < 0) {
      p.add("amount must not be negative: " + amount());
    }
    statedEquivalent().ifPresent(e -> {
      if (e.amount().signum() < 0) {
        p.add("statedEquivalent must not be negative: " + e);
      }
      if (e.currency().equals(amount().currency())) {
        p.add("statedEquivalent must be in another currency than the amount: " + e);
      }
    });
    statedAs().ifPresent(s -> p.notBlank("statedAs", s));
    attribution().ifPresent(a -> p.slug("attribution", a));
    p.throwIfAny("PropertyRecovery");
  }

  /** Builds {@link PropertyRecovery}. */
  public static final class Builder extends ImmutablePropertyRecovery.Builder {
    Builder() {}
  }
}
