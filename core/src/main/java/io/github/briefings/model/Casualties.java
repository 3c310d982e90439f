package io.github.briefings.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dead and the injured of the events, for one scope, each a total in {@link Unit#PERSONS} that
 * may be broken down by {@link CasualtyGroup} and by {@link Region}: two breakdowns of one total
 * along different dimensions, each with its own coverage (the regions often partial).
 *
 * <pre>{@code
 * Casualties casualties = Casualties.builder()
 *     .dead(Count.exactly(238))
 *     .deadByGroup(Breakdown.builder(CasualtyGroup.VOCABULARY)
 *         .put(CasualtyGroup.SECURITY_FORCES, Count.exactly(19))
 *         .put(CasualtyGroup.CIVILIANS, Count.exactly(219)).exhaustive().build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants: those of its {@link Breakdown}s. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Casualties {
  /** The figure dead: persons killed. */
  public static final Figure<Casualties, Builder> DEAD =
      Figure.single("dead", Unit.PERSONS, FigureKind.CUMULATIVE, "persons killed", Casualties::dead, Builder::dead);

  /** The figure deadByGroup: persons killed, by group. */
  public static final Figure<Casualties, Builder> DEAD_BY_GROUP =
      Figure.breakdown("deadByGroup", Unit.PERSONS, FigureKind.CUMULATIVE, "persons killed, by group",
          "group", CasualtyGroup.VOCABULARY, Casualties::deadByGroup, Builder::deadByGroup);

  /** The figure deadByRegion: persons killed, by region. */
  public static final Figure<Casualties, Builder> DEAD_BY_REGION =
      Figure.breakdown("deadByRegion", Unit.PERSONS, FigureKind.CUMULATIVE, "persons killed, by region",
          "region", Region.VOCABULARY, Casualties::deadByRegion, Builder::deadByRegion);

  /** The figure injured: persons injured. */
  public static final Figure<Casualties, Builder> INJURED =
      Figure.single("injured", Unit.PERSONS, FigureKind.CUMULATIVE, "persons injured", Casualties::injured,
          Builder::injured);

  /** The figure injuredByGroup: persons injured, by group. */
  public static final Figure<Casualties, Builder> INJURED_BY_GROUP =
      Figure.breakdown("injuredByGroup", Unit.PERSONS, FigureKind.CUMULATIVE, "persons injured, by group",
          "group", CasualtyGroup.VOCABULARY, Casualties::injuredByGroup, Builder::injuredByGroup);

  /** The figure injuredByRegion: persons injured, by region. */
  public static final Figure<Casualties, Builder> INJURED_BY_REGION =
      Figure.breakdown("injuredByRegion", Unit.PERSONS, FigureKind.CUMULATIVE, "persons injured, by region",
          "region", Region.VOCABULARY, Casualties::injuredByRegion, Builder::injuredByRegion);

  /** The figures on casualties, each declared once: name, unit, kind, description. */
  public static final Section<Casualties, Builder> SECTION = Section.scoped("casualties",
      Briefing::casualties, Casualties::scope,
      DEAD, DEAD_BY_GROUP, DEAD_BY_REGION, INJURED, INJURED_BY_GROUP, INJURED_BY_REGION);

  Casualties() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whose casualties these are; empty when the briefing does not narrow it.
   *
   * @return whose casualties these are; empty when the briefing does not narrow it
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns how many persons were killed.
   *
   * @return how many persons were killed
   */
  public abstract Optional<Count> dead();

  /**
   * Returns the dead by group; none unless stated.
   *
   * @return the dead by group; none unless stated
   */
  @Value.Default
  public Breakdown<CasualtyGroup, Count> deadByGroup() {
    return Breakdown.none(CasualtyGroup.VOCABULARY);
  }

  /**
   * Returns the dead by region; none unless stated.
   *
   * @return the dead by region; none unless stated
   */
  @Value.Default
  public Breakdown<Region, Count> deadByRegion() {
    return Breakdown.none(Region.VOCABULARY);
  }

  /**
   * Returns how many persons were injured.
   *
   * @return how many persons were injured
   */
  public abstract Optional<Count> injured();

  /**
   * Returns the injured by group; none unless stated.
   *
   * @return the injured by group; none unless stated
   */
  @Value.Default
  public Breakdown<CasualtyGroup, Count> injuredByGroup() {
    return Breakdown.none(CasualtyGroup.VOCABULARY);
  }

  /**
   * Returns the injured by region; none unless stated.
   *
   * @return the injured by region; none unless stated
   */
  @Value.Default
  public Breakdown<Region, Count> injuredByRegion() {
    return Breakdown.none(Region.VOCABULARY);
  }

  /**
   * Returns the stated figures by name, in declaration order: {@code dead}, {@code deadByGroup[civilians]}, ….
   *
   * @return the stated figures by name, in declaration order: {@code dead}, {@code deadByGroup[civilians]}, …
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }

  /** Builds {@link Casualties}. */
  public static final class Builder extends ImmutableCasualties.Builder {
    Builder() {}
  }
}
