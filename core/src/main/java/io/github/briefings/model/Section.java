package io.github.briefings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a section type declares, in declaration order: the one place that says which figures
 * there are, what each counts and how it behaves across a series. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Figure<DetentionStats, ?> f : DetentionStats.SECTION.figures()) {
 *   System.out.println(f.name() + " (" + f.unit() + ", " + f.kind() + "): " + f.description());
 * }
 * }</pre>
 *
 * @param <S> the section type
 * @param <B> the builder of the section type
 */
public final class Section<S, B> {
  private final String name;
  private final List<Figure<S, B>> figures;

  @SafeVarargs
  Section(String name, Figure<S, B>... figures) {
    this.name = name;
    this.figures = List.of(figures);
  }

  /**
   * Returns the sections of a briefing that state counts, in the order a briefing lists them:
   * detention, criminal cases, organized crime, weapon seizure, arsenal losses, officials' cases.
   *
   * @return the sections, never null
   */
  public static List<Section<?, ?>> standard() {
    return List.of(DetentionStats.SECTION, CriminalCases.SECTION, OrganizedCrime.SECTION, WeaponSeizure.SECTION,
        ArsenalLoss.SECTION, OfficialCase.SECTION);
  }

  /** Returns the section's name in paths and JSON, such as {@code detention}. */
  public String name() {
    return name;
  }

  /** Returns the declared figures, in declaration order. */
  public List<Figure<S, B>> figures() {
    return figures;
  }

  /**
   * Returns the declared figure with the name, if there is one.
   *
   * @param name such as {@code suspects}, not null
   * @return the figure, or empty
   */
  public Optional<Figure<S, B>> figure(String name) {
    return figures.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Returns every count a section value states, by name within the section, in declaration order.
   *
   * @param section not null
   * @return {@code suspects → 547}, {@code byType[pistol] → 323}, …; never null
   */
  public Map<String, Count> stated(S section) {
    Map<String, Count> out = new LinkedHashMap<>();
    for (Figure<S, B> f : figures) {
      for (Figure.Stated s : f.in(section)) {
        out.put(f.nameOf(s), s.count());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
