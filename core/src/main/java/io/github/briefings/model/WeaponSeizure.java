package io.github.briefings.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Weapons and ammunition found and seized, for one scope: the total in {@link Unit#WEAPONS},
 * breakdowns by {@link WeaponType} (partial, as in "… and others") and by {@link Provenance}
 * ("475 service weapons and 379 civilian"), rounds of ammunition ({@link Unit#ROUNDS}) and weapons
 * voluntarily surrendered. A briefing may hold one record per scope: "1,430 weapons seized" and, of
 * a narrower scope, "860 stolen weapons recovered".
 *
 * <pre>{@code
 * WeaponSeizure seized = WeaponSeizure.builder()
 *     .seized(Count.exactly(1_430))
 *     .byType(Breakdown.builder(WeaponType.VOCABULARY).put(WeaponType.PISTOL, Count.exactly(323)).build())
 *     .ammunitionRounds(Count.moreThan(35_000).withStatedAs("more than 35,000"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: those of its {@link Breakdown}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeaponSeizure {
  /** The figure seized: weapons seized. */
  public static final Figure<WeaponSeizure, Builder> SEIZED =
      Figure.single("seized", Unit.WEAPONS, FigureKind.CUMULATIVE, "weapons seized", WeaponSeizure::seized, Builder::seized);

  /** The figure byType: weapons seized, by type. */
  public static final Figure<WeaponSeizure, Builder> BY_TYPE =
      Figure.breakdown("byType", Unit.WEAPONS, FigureKind.CUMULATIVE, "weapons seized, by type",
          "type", WeaponType.VOCABULARY, WeaponSeizure::byType, Builder::byType);

  /** The figure byProvenance: weapons seized, by provenance (service or civilian). */
  public static final Figure<WeaponSeizure, Builder> BY_PROVENANCE =
      Figure.breakdown("byProvenance", Unit.WEAPONS, FigureKind.CUMULATIVE, "weapons seized, by provenance",
          "provenance", Provenance.VOCABULARY, WeaponSeizure::byProvenance, Builder::byProvenance);

  /** The figure ammunitionRounds: rounds of ammunition seized. */
  public static final Figure<WeaponSeizure, Builder> AMMUNITION_ROUNDS =
      Figure.single("ammunitionRounds", Unit.ROUNDS, FigureKind.CUMULATIVE,
          "rounds of ammunition seized", WeaponSeizure::ammunitionRounds, Builder::ammunitionRounds);

  /** The figure voluntarilySurrendered: weapons surrendered voluntarily. */
  public static final Figure<WeaponSeizure, Builder> VOLUNTARILY_SURRENDERED =
      Figure.single("voluntarilySurrendered", Unit.WEAPONS, FigureKind.CUMULATIVE,
          "weapons surrendered voluntarily", WeaponSeizure::voluntarilySurrendered, Builder::voluntarilySurrendered);

  /** The figures on weapons seized, each declared once: name, unit, kind, description. */
  public static final Section<WeaponSeizure, Builder> SECTION = Section.scoped("weaponSeizure",
      Briefing::weaponSeizure, WeaponSeizure::scope,
      SEIZED, BY_TYPE, BY_PROVENANCE, AMMUNITION_ROUNDS, VOLUNTARILY_SURRENDERED);

  WeaponSeizure() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns which weapons these figures are about ("stolen weapons recovered"), so that a series does
   * not compare them with all weapons seized; empty when the briefing does not narrow it.
   * @return which weapons these figures are about ("stolen weapons recovered"), so that a series does not compare them with all weapons seized; empty when the briefing does not narrow it
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns how many weapons were found and seized.
   *
   * @return how many weapons were found and seized
   */
  public abstract Optional<Count> seized();

  /**
   * Returns the seized weapons by type, in the order stated, and how the types cover them; none unless stated.
   *
   * @return the seized weapons by type, in the order stated, and how the types cover them; none unless stated
   */
  @Value.Default
  public Breakdown<WeaponType, Count> byType() {
    return Breakdown.none(WeaponType.VOCABULARY);
  }

  /**
   * Returns the seized weapons by provenance, in the order stated; none unless stated.
   *
   * @return the seized weapons by provenance, in the order stated; none unless stated
   */
  @Value.Default
  public Breakdown<Provenance, Count> byProvenance() {
    return Breakdown.none(Provenance.VOCABULARY);
  }

  /**
   * Returns how many rounds of ammunition were seized.
   *
   * @return how many rounds of ammunition were seized
   */
  public abstract Optional<Count> ammunitionRounds();

  /**
   * Returns how many weapons citizens handed over voluntarily.
   *
   * @return how many weapons citizens handed over voluntarily
   */
  public abstract Optional<Count> voluntarilySurrendered();

  /**
   * Returns the stated figures by name, in declaration order; the breakdown is named
   * {@code byType[code]}.
   * @return the stated figures by name, in declaration order; the breakdown is named {@code byType[code]}
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }



  /** Builds {@link WeaponSeizure}. */
  public static final class Builder extends ImmutableWeaponSeizure.Builder {
    Builder() {}
  }
}
