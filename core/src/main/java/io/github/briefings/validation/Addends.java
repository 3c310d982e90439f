package io.github.briefings.validation;

import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.Term;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Predicate;

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
  private static final Addends NONE = new Addends(new String[0], new Count[0], null, null);

  // Held in arrays, not a map: a validation builds several addends per record and reads their names
  // only for a finding. The parts of a breakdown are named on demand, from the breakdown's name
  // and their keys: byType[pistol].
  private final String[] names; // null for the parts of a breakdown, named from partsOf and keys
  private final Count[] counts;
  private final String partsOf;
  private final Term[] keys;

  private Addends(String[] names, Count[] counts, String partsOf, Term[] keys) {
    this.names = names;
    this.counts = counts;
    this.partsOf = partsOf;
    this.keys = keys;
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
    Objects.requireNonNull(section, "section must not be null");
    if (figures.length == 1 && !figures[0].isBreakdown()) {
      Optional<Count> value = figures[0].value(section);
      return value.isPresent() ? new Addends(new String[] {figures[0].name()}, new Count[] {value.get()}, null, null)
          : NONE;
    }
    Map<String, Count> out = new LinkedHashMap<>();
    for (Figure<S, ?> figure : figures) {
      for (Figure.Stated stated : figure.in(section)) {
        out.put(figure.nameOf(stated), stated.count());
      }
    }
    return ordered(out);
  }

  /** Returns figures named in the iteration order of an ordered map the library built. */
  static Addends ordered(Map<String, Count> figures) {
    String[] names = new String[figures.size()];
    Count[] counts = new Count[figures.size()];
    int i = 0;
    for (Map.Entry<String, Count> e : figures.entrySet()) {
      names[i] = e.getKey();
      counts[i++] = e.getValue();
    }
    return new Addends(names, counts, null, null);
  }

  /** Returns figures the library named, distinct, in the order given; the arrays are not copied. */
  static Addends named(String[] names, Count[] counts) {
    return new Addends(names, counts, null, null);
  }

  /** Returns every part of a breakdown, as {@link #parts(String, Breakdown, Predicate)} names them. */
  static <K extends Term> Addends parts(String name, Breakdown<K, Count> breakdown) {
    return parts(name, breakdown, null);
  }

  /**
   * Returns the parts of a breakdown whose keys pass the filter (every part for a null filter), named
   * as the breakdown names them ({@code byType[pistol]}) when a message needs them.
   */
  static <K extends Term> Addends parts(String name, Breakdown<K, Count> breakdown, Predicate<? super K> filter) {
    Map<K, Count> parts = breakdown.parts();
    if (parts.isEmpty()) {
      return NONE;
    }
    Term[] keys = new Term[parts.size()];
    Count[] counts = new Count[parts.size()];
    int n = 0;
    for (Map.Entry<K, Count> part : parts.entrySet()) {
      if (filter == null || filter.test(part.getKey())) {
        keys[n] = part.getKey();
        counts[n++] = part.getValue();
      }
    }
    if (n == 0) {
      return NONE;
    }
    return new Addends(null, n == counts.length ? counts : Arrays.copyOf(counts, n), name,
        n == keys.length ? keys : Arrays.copyOf(keys, n));
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
    int n = counts.length;
    String[] more = new String[n + 1];
    for (int i = 0; i < n; i++) {
      more[i] = name(i);
      if (more[i].equals(name)) {
        throw new IllegalArgumentException("the addend " + name + " is given twice");
      }
    }
    more[n] = name;
    Count[] all = Arrays.copyOf(counts, n + 1);
    all[n] = count;
    return new Addends(more, all, null, null);
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
    return counts.length == 0;
  }

  /** Returns the number of figures. */
  int size() {
    return counts.length;
  }

  /** Returns the name of the figure at an index. */
  String name(int i) {
    return names != null ? names[i] : partsOf + "[" + keys[i].code() + "]";
  }

  /** Returns the figures, in order; the array is not copied and must not be changed. */
  Count[] counts() {
    return counts;
  }

  /** Returns the figure at an index alone, named as here, and named only when a message needs it. */
  Addends one(int i) {
    return names != null ? new Addends(new String[] {names[i]}, new Count[] {counts[i]}, null, null)
        : new Addends(null, new Count[] {counts[i]}, partsOf, new Term[] {keys[i]});
  }

  /** Returns the figure at an index. */
  Count count(int i) {
    return counts[i];
  }

  /**
   * Returns the figures by name, in order; unmodifiable.
   *
   * @return the figures by name, in order; unmodifiable
   */
  public Map<String, Count> asMap() {
    Map<String, Count> out = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      out.put(name(i), counts[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    // the order is part of the value: it is the order of the message
    if (!(o instanceof Addends other) || other.counts.length != counts.length) {
      return false;
    }
    for (int i = 0; i < counts.length; i++) {
      if (!counts[i].equals(other.counts[i]) || !name(i).equals(other.name(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < counts.length; i++) {
      h = 31 * h + (name(i).hashCode() ^ counts[i].hashCode());
    }
    return h;
  }

  /** Returns {@code {inCustody=269, released=315}}. */
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    for (int i = 0; i < counts.length; i++) {
      out.add(name(i) + "=" + counts[i]);
    }
    return out.toString();
  }
}
