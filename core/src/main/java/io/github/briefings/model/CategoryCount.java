package io.github.briefings.model;

import org.immutables.value.Value;

/**
 * A figure for one {@link CaseCategory}, with its unit stated, since briefings count categories in
 * persons ("196 persons committed thefts") or in cases ("1,844 robbery cases").
 *
 * <p>Invariants: the unit is {@link Unit#PERSONS} or {@link Unit#CASES}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CategoryCount {
  CategoryCount() {}

  /**
   * Returns a category figure.
   *
   * @param category not null
   * @param unit {@link Unit#PERSONS} or {@link Unit#CASES}
   * @param count not null
   * @return the figure, never null
   * @throws InvalidValueException if the unit is neither persons nor cases
   */
  public static CategoryCount of(CaseCategory category, Unit unit, Count count) {
    return ImmutableCategoryCount.of(category, unit, count);
  }

  /** Returns the category. */
  @Value.Parameter
  public abstract CaseCategory category();

  /** Returns what the figure counts: persons or cases. */
  @Value.Parameter
  public abstract Unit unit();

  /** Returns the figure. */
  @Value.Parameter
  public abstract Count count();

  /** Returns the name of the figure in paths: {@code theft:persons}. */
  public String key() {
    return category().code() + ":" + unit().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Value.Check
  void check() {
    if (unit() != Unit.PERSONS && unit() != Unit.CASES) {
      Problems p = new Problems();
      p.add("unit must be PERSONS or CASES: " + unit());
      p.throwIfAny("CategoryCount");
    }
  }
}
