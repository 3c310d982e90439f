package io.github.briefings.series;

import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Unit;
import java.util.Comparator;

/**
 * What a figure measures, so that figures of different briefings can be compared: the section, the
 * scope (a scope key, an arsenal, or none), the figure and its unit. Figures of different scopes or
 * units are different measures and are never compared.
 *
 * <p>Immutable and thread-safe; ordered by section, scope, figure and unit.
 */
public final class Measure implements Comparable<Measure> {
  private static final Comparator<Measure> ORDER = Comparator.comparing(Measure::section)
      .thenComparing(Measure::scope).thenComparing(Measure::figure).thenComparing(Measure::unit);

  private final String section;
  private final String scope;
  private final String figure;
  private final Unit unit;
  private final FigureKind kind;
  private final int hash;

  Measure(String section, String scope, String figure, Unit unit, FigureKind kind) {
    this.section = section;
    this.scope = scope;
    this.figure = figure;
    this.unit = unit;
    this.kind = kind;
    this.hash = ((section.hashCode() * 31 + scope.hashCode()) * 31 + figure.hashCode()) * 31 + unit.hashCode();
  }

  /**
   * Returns the section, such as {@code detention} or {@code weaponSeizure}.
   *
   * @return the section, such as {@code detention} or {@code weaponSeizure}
   */
  public String section() {
    return section;
  }

  /**
   * Returns the scope key, the arsenal for arsenal losses, or the empty string when unscoped.
   *
   * @return the scope key, the arsenal for arsenal losses, or the empty string when unscoped
   */
  public String scope() {
    return scope;
  }

  /**
   * Returns the figure within its section, such as {@code convicted} or {@code byType[pistol]}.
   *
   * @return the figure within its section, such as {@code convicted} or {@code byType[pistol]}
   */
  public String figure() {
    return figure;
  }

  /**
   * Returns what the figure counts.
   *
   * @return what the figure counts
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns whether the measure only grows over time or may rise and fall.
   *
   * @return whether the measure only grows over time or may rise and fall
   */
  public FigureKind kind() {
    return kind;
  }

  /**
   * Returns the measure as a path: {@code detention[mass-riots].convicted}, {@code weaponSeizure.seized}.
   *
   * @return the measure as a path: {@code detention[mass-riots].convicted}, {@code weaponSeizure.seized}
   */
  public String path() {
    return section + (scope.isEmpty() ? "" : "[" + scope + "]") + "." + figure;
  }

  @Override
  public int compareTo(Measure other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Measure)) {
      return false;
    }
    Measure m = (Measure) o;
    return section.equals(m.section) && scope.equals(m.scope) && figure.equals(m.figure) && unit == m.unit;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the path and the unit: {@code detention[mass-riots].convicted (PERSONS)}. */
  @Override
  public String toString() {
    return path() + " (" + unit + ")";
  }
}
