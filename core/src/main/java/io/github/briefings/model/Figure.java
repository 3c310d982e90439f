package io.github.briefings.model;

import java.util.List;
import java.util.Locale;
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

  /** One entry of a breakdown: the term it is keyed by, its unit and its count. */
  public record Entry<K extends Term>(K key, Unit unit, Count count) {
    /** Checks the parts. */
    public Entry {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(unit, "unit must not be null");
      Objects.requireNonNull(count, "count must not be null");
    }
  }

  /** Adds one entry of a breakdown to a builder of its section. */
  @FunctionalInterface
  interface Put<B, K> {
    void put(B builder, K key, Unit unit, Count count);
  }

  /**
   * How a breakdown keys its entries: by the terms of one vocabulary, named in a format by
   * {@link #keyName()}, all in the figure's unit or each in a unit of its own. Immutable.
   *
   * @param <S> the section type
   * @param <B> the builder of the section type
   * @param <K> the type of the keys
   */
  public static final class Breakdown<S, B, K extends Term> {
    private final String keyName;
    private final Vocabulary<K> keys;
    private final boolean unitPerEntry;
    private final Function<S, List<Entry<K>>> entries;
    private final Put<B, K> put;

    private Breakdown(String keyName, Vocabulary<K> keys, boolean unitPerEntry, Function<S, List<Entry<K>>> entries,
        Put<B, K> put) {
      this.keyName = keyName;
      this.keys = keys;
      this.unitPerEntry = unitPerEntry;
      this.entries = entries;
      this.put = put;
    }

    /** Returns the name of an entry's key in a format: {@code kind}, {@code type}, {@code category}. */
    public String keyName() {
      return keyName;
    }

    /** Returns the vocabulary of the keys. */
    public Vocabulary<K> keys() {
      return keys;
    }

    /** Returns whether each entry states its own unit; otherwise all are in the figure's unit. */
    public boolean unitPerEntry() {
      return unitPerEntry;
    }

    /**
     * Returns the entries a section states, in its order.
     *
     * @param section not null
     * @return the entries, never null
     */
    public List<Entry<K>> entries(S section) {
      return entries.apply(Objects.requireNonNull(section, "section must not be null"));
    }

    /**
     * Adds an entry to a builder of the section.
     *
     * @param builder not null
     * @param key the term, not null
     * @param unit the entry's unit; ignored unless {@link #unitPerEntry()}
     * @param count not null
     * @throws InvalidValueException if the entry breaks an invariant of its own (such as a unit the
     *     breakdown does not allow)
     */
    public void put(B builder, K key, Unit unit, Count count) {
      put.put(Objects.requireNonNull(builder, "builder must not be null"), Objects.requireNonNull(key, "key must not be null"),
          Objects.requireNonNull(unit, "unit must not be null"), Objects.requireNonNull(count, "count must not be null"));
    }
  }

  private final String name;
  private final Unit unit;
  private final FigureKind kind;
  private final String description;
  private final Breakdown<S, B, ?> breakdown;
  private final Function<S, List<Stated>> read;
  private final BiConsumer<B, Count> write;

  private Figure(String name, Unit unit, FigureKind kind, String description, Breakdown<S, B, ?> breakdown,
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
    return new Figure<>(name, unit, kind, description, null,
        s -> value.apply(s).map(c -> List.of(new Stated("", unit, c))).orElse(List.of()), set);
  }

  /** Declares a breakdown of counts by term, all in the figure's unit; an entry's key is the term's code. */
  static <S, B, K extends Term> Figure<S, B> breakdown(String name, Unit unit, FigureKind kind, String description,
      String keyName, Vocabulary<K> keys, Function<S, Map<K, Count>> values, BiConsumer<B, Map.Entry<K, Count>> put) {
    Breakdown<S, B, K> b = new Breakdown<>(keyName, keys, false, s -> values.apply(s).entrySet().stream()
        .map(e -> new Entry<>(e.getKey(), unit, e.getValue())).toList(), (builder, k, u, c) -> put.accept(builder, Map.entry(k, c)));
    return new Figure<>(name, unit, kind, description, b, s -> b.entries(s).stream()
        .map(e -> new Stated(e.key().code(), unit, e.count())).toList(), null);
  }

  /**
   * Declares a breakdown whose entries state their own unit; {@code unit} is the one most often
   * used, and an entry's key is the term's code and the unit: {@code theft:persons}.
   */
  static <S, B, K extends Term> Figure<S, B> breakdownWithUnits(String name, Unit unit, FigureKind kind,
      String description, String keyName, Vocabulary<K> keys, Function<S, List<Entry<K>>> entries, Put<B, K> put) {
    Breakdown<S, B, K> b = new Breakdown<>(keyName, keys, true, entries, put);
    return new Figure<>(name, unit, kind, description, b, s -> b.entries(s).stream()
        .map(e -> new Stated(e.key().code() + ":" + e.unit().name().toLowerCase(Locale.ROOT), e.unit(), e.count()))
        .toList(), null);
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
    return breakdown != null;
  }

  /** Returns how the entries of a breakdown are keyed, read and added; empty for a plain figure. */
  public Optional<Breakdown<S, B, ?>> breakdown() {
    return Optional.ofNullable(breakdown);
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
   * @throws UnsupportedOperationException for a breakdown, whose entries are added through
   *     {@link #breakdown()}
   */
  public void set(B builder, Count count) {
    if (breakdown != null) {
      throw new UnsupportedOperationException(name + " is a breakdown: add its entries through breakdown()");
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
    return breakdown != null ? name + "[" + stated.key() + "]" : name;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
