package io.github.briefings.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure of an {@link OwnMeasure}, as a briefing states it: the measure's id, the scope it is about
 * (the key of a scope of the measure's section, or a scope of its own when the measure belongs to no
 * section) and the count, with everything a count has (qualifier, wording, attribution, as-of date,
 * other statements), and optionally a {@link Breakdown} of it. Its path is {@code detention[mass-riots].sentencesReduced}, or
 * {@code measures.businessesAffected} for a measure of no section.
 *
 * <p>Invariants: the scope key, when given, is a lowercase slug. That the measure is declared in the
 * briefing and the scope exists is checked by the {@link Briefing}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OwnFigure {
  OwnFigure() {}

  /**
   * Returns a figure of a measure, without a scope.
   *
   * @param measure the measure's id
   * @param count not null
   * @return the figure, never null
   */
  public static OwnFigure of(String measure, Count count) {
    return ImmutableOwnFigure.of(measure, Optional.empty(), count, Optional.empty());
  }

  /**
   * Returns a copy about a scope.
   *
   * @param scopeKey the key of a scope of the measure's section
   * @return a new figure, never null
   * @throws InvalidValueException if the key is not a slug
   */
  public OwnFigure inScope(String scopeKey) {
    return ImmutableOwnFigure.of(measure(), Optional.of(scopeKey), count(), breakdown());
  }

  /**
   * Returns a copy broken down along a dimension: the officer shifts by region, the sentences reduced
   * by kind. Its parts are named {@code sentencesReduced[fine]} in paths and relations. A breakdown
   * without parts is none, as in a section: the copy has no {@link #breakdown()}.
   *
   * @param parts the breakdown of this figure, not null
   * @return a new figure, never null
   */
  public OwnFigure withBreakdown(Breakdown<?, Count> parts) {
    return ImmutableOwnFigure.of(measure(), scope(), count(), Optional.of(parts));
  }

  /**
   * Returns the id of the measure.
   *
   * @return the id of the measure
   */
  @Value.Parameter
  public abstract String measure();

  /**
   * Returns the key of the scope the figure is about, if any.
   *
   * @return the key of the scope the figure is about, if any
   */
  @Value.Parameter
  public abstract Optional<String> scope();

  /**
   * Returns the figure.
   *
   * @return the figure
   */
  @Value.Parameter
  public abstract Count count();

  /**
   * Returns the figure broken down along a dimension, if stated.
   *
   * @return the figure broken down along a dimension, if stated
   */
  @Value.Parameter
  public abstract Optional<Breakdown<?, Count>> breakdown();

  /** Checks the scope key, and makes a breakdown without parts none (the generated copies call this too). */
  @Value.Check
  OwnFigure check() {
    Problems p = new Problems();
    scope().ifPresent(k -> p.slug("scope", k));
    p.throwIfAny("OwnFigure");
    return breakdown().filter(Breakdown::isEmpty).isPresent()
        ? ImmutableOwnFigure.of(measure(), scope(), count(), Optional.empty()) : this;
  }
}
