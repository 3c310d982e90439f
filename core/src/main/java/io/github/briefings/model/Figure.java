package io.github.briefings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A figure that a section type declares, once: its name (the JSON property and the path segment),
 * what it counts, how it behaves across a series, a one-line description, and how to read it from a
 * section value. A breakdown ({@code byType}, {@code sentencesByKind}, {@code casesByCategory}) states
 * one count per key, each named {@code name[key]}.
 *
 * <p>The declarations of a section type are its {@link Section}; users read them, they do not make
 * them. Immutable and thread-safe.
 *
 * @param <S> the section type, such as {@link DetentionStats}
 * @param <B> the builder of the section type, such as {@link DetentionStats.Builder}
 */
public final class Figure<S, B> {
  /**
   * One stated count of a figure: its key within a breakdown, unit and count.
   *
   * @param key the key within a breakdown, {@code ""} for a plain figure
   * @param unit what the figure counts
   * @param count the figure
   */
  public record Stated(String key, Unit unit, Count count) {
    /**
     * Checks the parts.
     *
     * @param key the key within a breakdown, {@code ""} for a plain figure
     * @param unit what the figure counts
     * @param count the figure
     * @throws NullPointerException if a part is null
     */
    public Stated {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(unit, "unit must not be null");
      Objects.requireNonNull(count, "count must not be null");
    }
  }

  /**
   * How a breakdown figure is keyed, read and set: by the terms of one dimension, named in a format by
   * {@link #keyName()}, all in the figure's unit. Immutable.
   *
   * @param <S> the section type
   * @param <B> the builder of the section type
   * @param <K> the type of the keys
   */
  public static final class Parts<S, B, K extends Term> {
    private final String keyName;
    private final Vocabulary<K> dimension;
    private final Function<S, Breakdown<K, Count>> value;
    private final BiConsumer<B, Breakdown<K, Count>> set;

    private Parts(String keyName, Vocabulary<K> dimension, Function<S, Breakdown<K, Count>> value,
        BiConsumer<B, Breakdown<K, Count>> set) {
      this.keyName = keyName;
      this.dimension = dimension;
      this.value = value;
      this.set = set;
    }

    /**
     * Returns the name of a part's key in a format: {@code kind}, {@code type}, {@code category}.
     *
     * @return the name of a part's key in a format: {@code kind}, {@code type}, {@code category}
     */
    public String keyName() {
      return keyName;
    }

    /**
     * Returns the dimension: the vocabulary of the keys.
     *
     * @return the dimension: the vocabulary of the keys
     */
    public Vocabulary<K> dimension() {
      return dimension;
    }

    /**
     * Returns the breakdown a section states.
     *
     * @param section not null
     * @return the breakdown, empty when nothing is stated; never null
     */
    public Breakdown<K, Count> of(S section) {
      return value.apply(Objects.requireNonNull(section, "section must not be null"));
    }

    /**
     * Sets the breakdown on a builder of the section.
     *
     * @param builder not null
     * @param breakdown along this figure's dimension, not null
     * @throws IllegalArgumentException if the breakdown is along another dimension
     */
    public void set(B builder, Breakdown<K, Count> breakdown) {
      Objects.requireNonNull(breakdown, "breakdown must not be null");
      if (breakdown.dimension() != dimension) {
        throw new IllegalArgumentException("a breakdown by " + breakdown.dimension() + " where one by " + dimension
            + " belongs");
      }
      set.accept(Objects.requireNonNull(builder, "builder must not be null"), breakdown);
    }
  }

  private final String name;
  private final Unit unit;
  private final FigureKind kind;
  private final String description;
  private final Parts<S, B, ?> parts;
  private final Function<S, List<Stated>> read;
  private final Function<S, Optional<Count>> value;
  private final BiConsumer<B, Count> write;

  private Figure(String name, Unit unit, FigureKind kind, String description, Parts<S, B, ?> parts,
      Function<S, List<Stated>> read, Function<S, Optional<Count>> value, BiConsumer<B, Count> write) {
    this.name = name;
    this.unit = unit;
    this.kind = kind;
    this.description = description;
    this.parts = parts;
    this.read = read;
    this.value = value;
    this.write = write;
  }

  /** Declares a figure stated at most once per section. */
  static <S, B> Figure<S, B> single(String name, Unit unit, FigureKind kind, String description,
      Function<S, Optional<Count>> value, BiConsumer<B, Count> set) {
    return new Figure<>(name, unit, kind, description, null,
        s -> value.apply(s).map(c -> List.of(new Stated("", unit, c))).orElse(List.of()), value, set);
  }

  /** Declares a breakdown along a dimension, all in the figure's unit; a part's key is its term's code. */
  static <S, B, K extends Term> Figure<S, B> breakdown(String name, Unit unit, FigureKind kind, String description,
      String keyName, Vocabulary<K> dimension, Function<S, Breakdown<K, Count>> value, BiConsumer<B, Breakdown<K, Count>> set) {
    Parts<S, B, K> parts = new Parts<>(keyName, dimension, value, set);
    return new Figure<>(name, unit, kind, description, parts, s -> {
      Map<K, Count> stated = parts.of(s).parts();
      List<Stated> out = new ArrayList<>(stated.size());
      stated.forEach((k, c) -> out.add(new Stated(k.code(), unit, c)));
      return out;
    }, null, null);
  }

  /**
   * Returns the name: the JSON property and the path segment, such as {@code suspects}.
   *
   * @return the name: the JSON property and the path segment, such as {@code suspects}
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the figure counts; a breakdown whose entries state their unit gives its usual one.
   *
   * @return what the figure counts; a breakdown whose entries state their unit gives its usual one
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns how the figure behaves across a series.
   *
   * @return how the figure behaves across a series
   */
  public FigureKind kind() {
    return kind;
  }

  /**
   * Returns what the figure is, in one line.
   *
   * @return what the figure is, in one line
   */
  public String description() {
    return description;
  }

  /**
   * Returns whether the figure states one count per key.
   *
   * @return whether the figure states one count per key
   */
  public boolean isBreakdown() {
    return parts != null;
  }

  /**
   * Returns how the parts of a breakdown are keyed, read and set; empty for a plain figure.
   *
   * @return how the parts of a breakdown are keyed, read and set; empty for a plain figure
   */
  public Optional<Parts<S, B, ?>> parts() {
    return Optional.ofNullable(parts);
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
   * Returns the count a section states of this figure, which is not a breakdown.
   *
   * @param section not null
   * @return the count, or empty when the section does not state it
   * @throws UnsupportedOperationException for a breakdown, which is read whole through {@link #parts()}
   */
  public Optional<Count> value(S section) {
    if (parts != null) {
      throw new UnsupportedOperationException(name + " is a breakdown: read it whole through parts()");
    }
    return value.apply(Objects.requireNonNull(section, "section must not be null"));
  }

  /**
   * Sets this figure on a builder of its section.
   *
   * @param builder not null
   * @param count the figure, not null
   * @throws UnsupportedOperationException for a breakdown, which is set whole through {@link #parts()}
   */
  public void set(B builder, Count count) {
    if (parts != null) {
      throw new UnsupportedOperationException(name + " is a breakdown: set it whole through parts()");
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
    return parts != null ? name + "[" + stated.key() + "]" : name;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
