package io.github.briefings.model;

import io.github.briefings.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure of the user's own, for figures that no section declares: "1,001 sentences were
 * reduced", "1,923 businesses affected", "40,000 officer shifts". It has what a declared figure has —
 * an id (its name in paths), a label, a unit and a kind — and optionally the section its figures
 * belong to, so that they sit beside that section's figures of the same scope.
 *
 * <pre>{@code
 * OwnMeasure reduced = OwnMeasure.of("sentencesReduced", "sentences reduced", Unit.PERSONS, FigureKind.CUMULATIVE)
 *     .inSection("detention");
 * }</pre>
 *
 * <p>Invariants: the id is a figure name (a letter, then letters and digits, as {@code sentencesReduced});
 * the label is not blank; a section, when given, is one of {@link Section#standard()} and declares no
 * figure with this id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OwnMeasure {
  /** The name of the figures of own measures that belong to no section, in paths and JSON: {@value}. */
  public static final String NO_SECTION = "measures";

  OwnMeasure() {}

  /**
   * Returns a measure that belongs to no section.
   *
   * @param id its name in paths, such as {@code businessesAffected}
   * @param label the measure in words
   * @param unit what it counts
   * @param kind how it behaves across a series
   * @return the measure, never null
   * @throws InvalidValueException if an invariant is broken
   */
  public static OwnMeasure of(String id, String label, Unit unit, FigureKind kind) {
    return ImmutableOwnMeasure.of(id, label, unit, kind, Optional.empty());
  }

  /**
   * Returns a copy whose figures belong to a section.
   *
   * @param section the name of a standard section, such as {@code detention}
   * @return a new measure, never null
   * @throws InvalidValueException if there is no such section, or it declares a figure with this id
   */
  public OwnMeasure inSection(String section) {
    return ImmutableOwnMeasure.of(id(), label(), unit(), kind(), Optional.of(section));
  }

  /**
   * Returns the id: the measure's name in paths and JSON.
   *
   * @return the id: the measure's name in paths and JSON
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the measure in words.
   *
   * @return the measure in words
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns what the measure counts.
   *
   * @return what the measure counts
   */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * Returns how the measure behaves across a series.
   *
   * @return how the measure behaves across a series
   */
  @Value.Parameter
  public abstract FigureKind kind();

  /**
   * Returns the name of the section its figures belong to, if any.
   *
   * @return the name of the section its figures belong to, if any
   */
  @Value.Parameter
  public abstract Optional<String> section();

  /**
   * Returns the section its figures belong to, if any.
   *
   * @return the section its figures belong to, if any
   */
  public Optional<Section<?, ?>> sectionDeclaration() {
    return section().flatMap(OwnMeasure::standardSection);
  }

  static Optional<Section<?, ?>> standardSection(String name) {
    return Section.standard().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (!isFigureName(id())) {
      p.add("id must be a figure name: a letter, then letters and digits (such as sentencesReduced): " + Texts.quote(id()));
    }
    p.notBlank("label", label());
    section().ifPresent(name -> {
      Optional<Section<?, ?>> s = standardSection(name);
      if (s.isEmpty()) {
        p.add("section names no standard section: " + Texts.quote(name));
      } else if (s.get().figure(id()).isPresent()) {
        p.add("id is the name of a figure " + name + " declares: " + Texts.quote(id()));
      }
    });
    p.throwIfAny("OwnMeasure");
  }

  static boolean isFigureName(String s) {
    if (s.isEmpty() || s.length() > Limits.MAX_SLUG_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id();
  }
}
