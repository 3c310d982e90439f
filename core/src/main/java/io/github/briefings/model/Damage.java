package io.github.briefings.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The damage of the events, for one scope: its value as stated ({@link StatedAmount}, with qualifier
 * and stated equivalent), the value broken down by {@link DamagedParty}, and counts of what was
 * damaged (businesses, buildings, vehicles).
 *
 * <pre>{@code
 * // "Damage is estimated at 136.8 billion tenge ($313.6 million): state bodies 54.6 billion ($125.1
 * // million), businesses 82.2 billion ($188.4 million)"
 * Damage damage = Damage.builder()
 *     .total(StatedAmount.about(Money.of("136800000000", "KZT")).withStatedEquivalent(Money.of("313600000", "USD")))
 *     .byParty(Breakdown.ofAmounts(DamagedParty.VOCABULARY)
 *         .put(DamagedParty.STATE_BODIES, StatedAmount.about(Money.of("54600000000", "KZT")))
 *         .put(DamagedParty.BUSINESSES, StatedAmount.about(Money.of("82200000000", "KZT")))
 *         .exhaustive().build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the parts and their overlap are in the currency of the total, when a total is given;
 * those of the {@link Breakdown}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Damage {
  /** The figure businessesDamaged: businesses damaged. */
  public static final Figure<Damage, Builder> BUSINESSES_DAMAGED =
      Figure.single("businessesDamaged", Unit.BUSINESSES, FigureKind.CUMULATIVE, "businesses damaged",
          Damage::businessesDamaged, Builder::businessesDamaged);

  /** The figure buildingsDamaged: buildings damaged. */
  public static final Figure<Damage, Builder> BUILDINGS_DAMAGED =
      Figure.single("buildingsDamaged", Unit.BUILDINGS, FigureKind.CUMULATIVE, "buildings damaged",
          Damage::buildingsDamaged, Builder::buildingsDamaged);

  /** The figure vehiclesDamaged: vehicles damaged. */
  public static final Figure<Damage, Builder> VEHICLES_DAMAGED =
      Figure.single("vehiclesDamaged", Unit.VEHICLES, FigureKind.CUMULATIVE, "vehicles damaged",
          Damage::vehiclesDamaged, Builder::vehiclesDamaged);

  /**
   * The counts on damage, each declared once; the amounts of money ({@link #total()},
   * {@link #byParty()}) are not counts, and are checked by their own rules.
   */
  public static final Section<Damage, Builder> SECTION = Section.scoped("damage", Briefing::damage, Damage::scope,
      BUSINESSES_DAMAGED, BUILDINGS_DAMAGED, VEHICLES_DAMAGED);

  Damage() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whose damage this is; empty when the briefing does not narrow it.
   *
   * @return whose damage this is; empty when the briefing does not narrow it
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns the value of the damage as stated, if stated.
   *
   * @return the value of the damage as stated, if stated
   */
  public abstract Optional<StatedAmount> total();

  /**
   * Returns the value by damaged party, in the order stated; none unless stated.
   *
   * @return the value by damaged party, in the order stated; none unless stated
   */
  @Value.Default
  public Breakdown<DamagedParty, StatedAmount> byParty() {
    return Breakdown.ofAmounts(DamagedParty.VOCABULARY).build();
  }

  /**
   * Returns how many businesses were damaged.
   *
   * @return how many businesses were damaged
   */
  public abstract Optional<Count> businessesDamaged();

  /**
   * Returns how many buildings were damaged.
   *
   * @return how many buildings were damaged
   */
  public abstract Optional<Count> buildingsDamaged();

  /**
   * Returns how many vehicles were damaged.
   *
   * @return how many vehicles were damaged
   */
  public abstract Optional<Count> vehiclesDamaged();

  /**
   * Returns the stated counts by name, in declaration order.
   *
   * @return the stated counts by name, in declaration order
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }

  @Value.Check
  void check() {
    if (total().isEmpty()) {
      return;
    }
    Problems p = new Problems();
    java.util.Currency currency = total().get().amount().currency();
    byParty().parts().forEach((party, amount) -> {
      if (!amount.amount().currency().equals(currency)) {
        p.add("byParty[" + party.code() + "] must be in the currency of the total, " + currency + ": " + amount.amount());
      }
    });
    byParty().overlap().filter(o -> !o.amount().currency().equals(currency))
        .ifPresent(o -> p.add("byParty overlap must be in the currency of the total, " + currency + ": " + o.amount()));
    p.throwIfAny("Damage");
  }

  /** Builds {@link Damage}. */
  public static final class Builder extends ImmutableDamage.Builder {
    Builder() {}
  }
}
