package io.github.briefings.validation;

import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named figures to add up and compare, in the order given: what a rule passes to
 * {@link RuleContext#atMost} and {@link RuleContext#equal}. The names and the order appear in the
 * findings' messages and values, so the same figures always give the same message.
 *
 * <pre>{@code
 * findings.atMost(path,
 *     Addends.of("inCustody", d.inCustody()).and("released", d.released()),
 *     Addends.of(d, DetentionStats.SUSPECTS));
 * }</pre>
 *
 * <p>Figures that are not stated are left out: a comparison with no figure on one side checks
 * nothing. Immutable; {@link #and} returns a new value. Names are not blank and do not repeat.
 */
public final class Addends {
  private static final Addends NONE = new Addends(Map.of());

  private final Map<String, Count> figures;

  private Addends(Map<String, Count> figures) {
    this.figures = figures;
  }

  /**
   * Returns no figures.
   *
   * @return no figures
   */
  public static Addends none() {
    return NONE;
  }

  /**
   * Returns one named figure.
   *
   * @param name how messages name it, such as {@code inCustody}; not blank
   * @param count not null
   * @return the addends, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Addends of(String name, Count count) {
    return NONE.and(name, count);
  }

  /**
   * Returns one named figure, or none when it is not stated.
   *
   * @param name how messages name it; not blank
   * @param count the figure, if stated; not null
   * @return the addends, never null
   */
  public static Addends of(String name, Optional<Count> count) {
    return NONE.and(name, count);
  }

  /**
   * Returns what a section states of the figures, named as the section names them
   * ({@code inCustody}, {@code byType[pistol]}), in the order given.
   *
   * @param section a record of a section, not null
   * @param figures figures it declares
   * @param <S> the section's record type
   * @return the addends, never null
   */
  @SafeVarargs
  public static <S> Addends of(S section, Figure<S, ?>... figures) {
    Map<String, Count> out = new LinkedHashMap<>();
    for (Figure<S, ?> figure : figures) {
      for (Figure.Stated stated : figure.in(section)) {
        out.put(figure.nameOf(stated), stated.count());
      }
    }
    return new Addends(Collections.unmodifiableMap(out));
  }

  /** Returns figures named in the iteration order of an ordered map the library built. */
  static Addends ordered(Map<String, Count> figures) {
    return new Addends(Collections.unmodifiableMap(new LinkedHashMap<>(figures)));
  }

  /**
   * Returns these figures and one more, after them.
   *
   * @param name how messages name it; not blank, not one of these
   * @param count not null
   * @return new addends, never null
   * @throws IllegalArgumentException if the name is blank or repeats
   */
  public Addends and(String name, Count count) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(count, "count must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("the name of an addend must not be blank");
    }
    if (figures.containsKey(name)) {
      throw new IllegalArgumentException("the addend " + name + " is given twice");
    }
    Map<String, Count> out = new LinkedHashMap<>(figures);
    out.put(name, count);
    return new Addends(Collections.unmodifiableMap(out));
  }

  /**
   * Returns these figures and one more when it is stated.
   *
   * @param name how messages name it; not blank, not one of these
   * @param count the figure, if stated; not null
   * @return new addends, or these when the figure is not stated
   */
  public Addends and(String name, Optional<Count> count) {
    return count.isPresent() ? and(name, count.get()) : this;
  }

  /**
   * Returns whether there is no figure.
   *
   * @return whether there is no figure
   */
  public boolean isEmpty() {
    return figures.isEmpty();
  }

  /**
   * Returns the figures by name, in order; unmodifiable.
   *
   * @return the figures by name, in order; unmodifiable
   */
  public Map<String, Count> asMap() {
    return figures;
  }

  @Override
  public boolean equals(Object o) {
    // the order is part of the value: it is the order of the message
    return o instanceof Addends other && List.copyOf(figures.entrySet()).equals(List.copyOf(other.figures.entrySet()));
  }

  @Override
  public int hashCode() {
    return List.copyOf(figures.entrySet()).hashCode();
  }

  /** Returns {@code inCustody=269, released=315}. */
  @Override
  public String toString() {
    return figures.toString();
  }
}
