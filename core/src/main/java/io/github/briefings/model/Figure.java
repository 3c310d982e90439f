package io.github.briefings.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A figure that a section type declares, once: its name (the JSON property and the path segment),
 * what it counts, how it behaves across a series, a one-line description, and how to read it from a
 * section value. A breakdown ({@code byType}, {@code sentencesByKind}, {@code byCategory}) states one
 * count per key, each named {@code name[key]}.
 *
 * <p>The declarations of a section type are its {@link Section}; users read them, they do not make
 * them. Immutable and thread-safe.
 *
 * @param <S> the section type, such as {@link DetentionStats}
 * @param <B> the builder of the section type, such as {@link DetentionStats.Builder}
 */
public final class Figure<S, B> {
  /** One stated count of a figure: its key within a breakdown ({@code ""} for a plain figure), unit and count. */
  public record Stated(String key, Unit unit, Count count) {
    /** Checks the parts. */
    public Stated {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(unit, "unit must not be null");
      Objects.requireNonNull(count, "count must not be null");
    }
  }

  private final String name;
  private final Unit unit;
  private final FigureKind kind;
  private final String description;
  private final boolean breakdown;
  private final Function<S, List<Stated>> read;
  private final BiConsumer<B, Count> write;

  private Figure(String name, Unit unit, FigureKind kind, String description, boolean breakdown,
      Function<S, List<Stated>> read, BiConsumer<B, Count> write) {
    this.name = name;
    this.unit = unit;
    this.kind = kind;
    this.description = description;
    this.breakdown = breakdown;
    this.read = read;
    this.write = write;
  }

  /** Declares a figure stated at most once per section. */
  static <S, B> Figure<S, B> single(String name, Unit unit, FigureKind kind, String description,
      Function<S, Optional<Count>> value, BiConsumer<B, Count> set) {
    return new Figure<>(name, unit, kind, description, false,
        s -> value.apply(s).map(c -> List.of(new Stated("", unit, c))).orElse(List.of()), set);
  }

  /** Declares a breakdown of counts by a term's code, all in the figure's unit. */
  static <S, B, K> Figure<S, B> breakdown(String name, Unit unit, FigureKind kind, String description,
      Function<S, Map<K, Count>> values, Function<K, String> key) {
    return new Figure<>(name, unit, kind, description, true, s -> values.apply(s).entrySet().stream()
        .map(e -> new Stated(key.apply(e.getKey()), unit, e.getValue())).toList(), null);
  }

  /** Declares a breakdown whose entries state their own unit; {@code unit} is the one most often used. */
  static <S, B> Figure<S, B> breakdownWithUnits(String name, Unit unit, FigureKind kind, String description,
      Function<S, List<Stated>> values) {
    return new Figure<>(name, unit, kind, description, true, values, null);
  }

  /** Returns the name: the JSON property and the path segment, such as {@code suspects}. */
  public String name() {
    return name;
  }

  /** Returns what the figure counts; a breakdown whose entries state their unit gives its usual one. */
  public Unit unit() {
    return unit;
  }

  /** Returns how the figure behaves across a series. */
  public FigureKind kind() {
    return kind;
  }

  /** Returns what the figure is, in one line. */
  public String description() {
    return description;
  }

  /** Returns whether the figure states one count per key. */
  public boolean isBreakdown() {
    return breakdown;
  }

  /**
   * Returns what a section states of this figure: nothing, one count, or one count per key.
   *
   * @param section not null
   * @return the stated counts in the section's order, never null
   */
  public List<Stated> in(S section) {
    return read.apply(Objects.requireNonNull(section, "section must not be null"));
  }

  /**
   * Sets this figure on a builder of its section.
   *
   * @param builder not null
   * @param count the figure, not null
   * @throws UnsupportedOperationException for a breakdown, whose counts are set by key on the builder
   */
  public void set(B builder, Count count) {
    if (breakdown) {
      throw new UnsupportedOperationException(name + " is a breakdown: set its counts by key on the builder");
    }
    write.accept(Objects.requireNonNull(builder, "builder must not be null"),
        Objects.requireNonNull(count, "count must not be null"));
  }

  /**
   * Returns the name of one stated count within its section: {@code suspects}, {@code byType[pistol]}.
   *
   * @param stated a count of this figure, not null
   * @return the name, never null
   */
  public String nameOf(Stated stated) {
    return breakdown ? name + "[" + stated.key() + "]" : name;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
