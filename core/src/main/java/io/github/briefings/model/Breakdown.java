package io.github.briefings.model;

import io.github.briefings.internal.Texts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A total broken down along one dimension: sentences by kind, weapons by type or by provenance, cases
 * by category, the dead by group or by region, damage by party. Each part is a stated figure — a
 * {@link Count}, or a {@link StatedAmount} of money — keyed by a term of the dimension's
 * {@link Vocabulary}; the {@link Coverage} says how the parts relate to the total, and an overlapping
 * breakdown may state by how much its parts overlap.
 *
 * <pre>{@code
 * // "about 277 sentenced to incarceration and about 113 to home detention, 15 of them both"
 * Breakdown<SentenceKind, Count> sentences = Breakdown.builder(SentenceKind.VOCABULARY)
 *     .put(SentenceKind.IMPRISONMENT, Count.about(277))
 *     .put(SentenceKind.HOME_DETENTION, Count.about(113))
 *     .overlap(Count.exactly(15))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: no two parts have keys with one code; an {@link Coverage#EXHAUSTIVE exhaustive} or
 * {@link Coverage#OVERLAPPING overlapping} breakdown has parts; an overlap is stated only for an
 * overlapping one. Whether the parts fit the total is a question for validation. Immutable and
 * thread-safe; equal when dimension, coverage, overlap and parts (in order) are.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the parts: {@link Count} or {@link StatedAmount}
 */
public final class Breakdown<K extends Term, V> {
  /** How the parts of a breakdown relate to its total. */
  public enum Coverage {
    /** The parts are disjoint and cover the total: they sum to it. */
    EXHAUSTIVE,
    /** The parts are disjoint and cover some of the total ("… and others"): they sum to at most it. */
    PARTIAL,
    /**
     * The parts may share members ("15 of them both"): each is at most the total and, when the
     * overlap is stated, the parts less the overlap are at most the total.
     */
    OVERLAPPING
  }

  private final Vocabulary<K> dimension;
  private final Coverage coverage;
  private final Optional<V> overlap;
  private final PartMap<K, V> parts;

  private Breakdown(Vocabulary<K> dimension, Coverage coverage, Optional<V> overlap, PartMap<K, V> parts) {
    this.dimension = dimension;
    this.coverage = coverage;
    this.overlap = overlap;
    this.parts = parts;
  }

  /**
   * Returns a builder of a breakdown of counts along a dimension; {@link Coverage#PARTIAL} unless set.
   *
   * @param dimension the vocabulary of the keys, such as {@link SentenceKind#VOCABULARY}
   * @param <K> the type of the keys
   * @return a new builder, never null
   */
  public static <K extends Term> Builder<K, Count> builder(Vocabulary<K> dimension) {
    return new Builder<>(dimension);
  }

  /**
   * Returns a builder of a breakdown of amounts of money along a dimension, such as damage by
   * {@link DamagedParty}; {@link Coverage#PARTIAL} unless set.
   *
   * @param dimension the vocabulary of the keys
   * @param <K> the type of the keys
   * @return a new builder, never null
   */
  public static <K extends Term> Builder<K, StatedAmount> ofAmounts(Vocabulary<K> dimension) {
    return new Builder<>(dimension);
  }

  /**
   * Returns the breakdown of counts with no parts: nothing stated.
   *
   * @param dimension not null
   * @param <K> the type of the keys
   * @return an empty, partial breakdown
   */
  public static <K extends Term> Breakdown<K, Count> none(Vocabulary<K> dimension) {
    return new Breakdown<>(Objects.requireNonNull(dimension, "dimension must not be null"), Coverage.PARTIAL,
        Optional.empty(), PartMap.empty());
  }

  /**
   * Returns the dimension: the vocabulary the parts are keyed by.
   *
   * @return the dimension: the vocabulary the parts are keyed by
   */
  public Vocabulary<K> dimension() {
    return dimension;
  }

  /**
   * Returns how the parts relate to the total.
   *
   * @return how the parts relate to the total
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns how much is counted in more than one part, when stated; only for an overlapping breakdown.
   *
   * @return how much is counted in more than one part, when stated; only for an overlapping breakdown
   */
  public Optional<V> overlap() {
    return overlap;
  }

  /**
   * Returns the parts by key, in the order stated.
   *
   * @return the parts by key, in the order stated
   */
  public Map<K, V> parts() {
    return parts;
  }

  /**
   * Returns whether no part is stated.
   *
   * @return whether no part is stated
   */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * Returns a builder holding this breakdown, to change it.
   *
   * @return a builder holding this breakdown, to change it
   */
  public Builder<K, V> toBuilder() {
    Builder<K, V> b = new Builder<>(dimension);
    b.coverage = coverage;
    b.overlap = overlap.orElse(null);
    for (int i = 0; i < parts.size(); i++) {
      b.add(parts.entry(i));
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Breakdown)) {
      return false;
    }
    Breakdown<?, ?> b = (Breakdown<?, ?>) o;
    return dimension == b.dimension && coverage == b.coverage && overlap.equals(b.overlap)
        && parts.equalsInOrder(b.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension.name(), coverage, overlap, parts);
  }

  /** Returns {@code sentence kind, OVERLAPPING by 15: {imprisonment=about 277, home-detention=about 113}}. */
  @Override
  public String toString() {
    return dimension.name() + ", " + coverage + overlap.map(o -> " by " + o).orElse("") + ": " + parts;
  }

  /**
   * Builds a {@link Breakdown}; {@code build()} throws {@link InvalidValueException} naming every problem.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the parts
   */
  public static final class Builder<K extends Term, V> {
    private final Vocabulary<K> dimension;
    @SuppressWarnings("unchecked") // entries of K and V only
    private Map.Entry<K, V>[] parts = new Map.Entry[4];
    private int size;
    /** The position of the first part with each code; made once there are many parts. */
    private Map<String, Integer> byCode;
    private Coverage coverage = Coverage.PARTIAL;
    private V overlap;
    private String repeated;

    private Builder(Vocabulary<K> dimension) {
      this.dimension = Objects.requireNonNull(dimension, "dimension must not be null");
    }

    /**
     * Adds a part, after those added before; a key added before has its part replaced, in its place.
     *
     * @param key a term of the dimension, not null
     * @param count the part, not null
     * @return this builder
     */
    public Builder<K, V> put(K key, V count) {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(count, "count must not be null");
      return add(Map.entry(key, count));
    }

    private Builder<K, V> add(Map.Entry<K, V> part) {
      K key = part.getKey();
      int at = withCode(key.code());
      if (at >= 0 && !parts[at].getKey().equals(key)) {
        // another key with the code: refused by build(); a part of this very key may still follow
        if (repeated == null) {
          repeated = key.code();
        }
        at = -1;
        for (int i = 0; i < size && at < 0; i++) {
          at = parts[i].getKey().equals(key) ? i : -1;
        }
      }
      if (at >= 0) {
        parts[at] = part;
        return this;
      }
      if (size == parts.length) {
        parts = Arrays.copyOf(parts, size * 2);
      }
      parts[size] = part;
      if (byCode != null) {
        byCode.putIfAbsent(key.code(), size);
      } else if (size + 1 >= PartMap.INDEXED) {
        byCode = new HashMap<>();
        for (int i = size; i >= 0; i--) {
          byCode.put(parts[i].getKey().code(), i);
        }
      }
      size++;
      return this;
    }

    /** Returns the position of the first part whose key has the code, or -1. */
    private int withCode(String code) {
      if (byCode != null) {
        Integer at = byCode.get(code);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (parts[i].getKey().code().equals(code)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Sets how the parts relate to the total.
     *
     * @param coverage not null
     * @return this builder
     */
    public Builder<K, V> coverage(Coverage coverage) {
      this.coverage = Objects.requireNonNull(coverage, "coverage must not be null");
      return this;
    }

    /**
     * Marks the parts as covering the total: {@link Coverage#EXHAUSTIVE}.
     *
     * @return this builder
     */
    public Builder<K, V> exhaustive() {
      return coverage(Coverage.EXHAUSTIVE);
    }

    /**
     * States by how much the parts overlap, and so makes the breakdown {@link Coverage#OVERLAPPING}.
     *
     * @param overlap how much is counted in more than one part, not null
     * @return this builder
     */
    public Builder<K, V> overlap(V overlap) {
      this.overlap = Objects.requireNonNull(overlap, "overlap must not be null");
      this.coverage = Coverage.OVERLAPPING;
      return this;
    }

    /**
     * Returns the breakdown.
     *
     * @return a new breakdown, never null
     * @throws InvalidValueException naming every broken invariant
     */
    public Breakdown<K, V> build() {
      Problems p = new Problems();
      if (repeated != null) {
        p.add("parts must not list two " + dimension.name() + " keys with one code: " + Texts.quote(repeated));
      }
      if (coverage != Coverage.PARTIAL && size == 0) {
        p.add("a breakdown " + coverage.name().toLowerCase(java.util.Locale.ROOT) + " has no parts");
      }
      if (overlap != null && coverage != Coverage.OVERLAPPING) {
        p.add("an overlap is stated but the coverage is " + coverage);
      }
      p.throwIfAny("Breakdown");
      return new Breakdown<>(dimension, coverage, Optional.ofNullable(overlap),
          size == 0 ? PartMap.empty() : new PartMap<>(Arrays.copyOf(parts, size)));
    }
  }
}
