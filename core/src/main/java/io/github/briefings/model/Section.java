package io.github.briefings.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures a section type declares, in declaration order: the one place that says which figures
 * there are, what each counts and how it behaves across a series. It also says where a briefing holds
 * the section's records and how a record is named in paths, so that one path syntax names a figure
 * everywhere: {@code detention[mass-riots].convicted} (a record named by its key: a scope key, an
 * arsenal's place, an official case's id), {@code detention.convicted} (the one record without a
 * scope), {@code weaponSeizure.byType[pistol]}. Immutable and thread-safe.
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
  private final Function<Briefing, List<S>> records;
  private final Function<S, Optional<String>> key;
  private final Function<S, Optional<Scope>> scope;
  private final List<Figure<S, B>> figures;
  private final Map<String, Figure<S, B>> byName = new HashMap<>();

  /** Declares a section whose records are named by a key that is no scope (a place, an id) or by nothing. */
  @SafeVarargs
  Section(String name, Function<Briefing, List<S>> records, Function<S, Optional<String>> key,
      Figure<S, B>... figures) {
    this(name, records, key, r -> Optional.empty(), figures);
  }

  @SafeVarargs
  private Section(String name, Function<Briefing, List<S>> records, Function<S, Optional<String>> key,
      Function<S, Optional<Scope>> scope, Figure<S, B>... figures) {
    this.name = name;
    this.records = records;
    this.key = key;
    this.scope = scope;
    this.figures = List.of(figures);
    for (Figure<S, B> f : figures) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException(name + " declares the figure " + f.name() + " twice");
      }
    }
  }

  /** Declares a section whose records are named by their scopes, one record at most without a scope. */
  @SafeVarargs
  static <S, B> Section<S, B> scoped(String name, Function<Briefing, List<S>> records,
      Function<S, Optional<Scope>> scope, Figure<S, B>... figures) {
    return new Section<>(name, records, r -> scope.apply(r).map(Scope::key), scope, figures);
  }

  /**
   * Returns the sections of a briefing that state counts, in the order a briefing lists them:
   * detention, criminal cases, organized crime, weapon seizures, casualties, damage, arsenal losses, officials' cases.
   *
   * @return the sections, never null
   */
  public static List<Section<?, ?>> standard() {
    return Standard.SECTIONS;
  }

  /** The standard sections, made once when first asked for: after each section's own class is ready. */
  private static final class Standard {
    static final List<Section<?, ?>> SECTIONS = List.of(DetentionStats.SECTION, CriminalCases.SECTION,
        OrganizedCrime.SECTION, WeaponSeizure.SECTION, Casualties.SECTION, Damage.SECTION, ArsenalLoss.SECTION,
        OfficialCase.SECTION);
  }

  /**
   * Returns the section's name in paths and JSON, such as {@code detention}.
   *
   * @return the section's name in paths and JSON, such as {@code detention}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the declared figures, in declaration order.
   *
   * @return the declared figures, in declaration order
   */
  public List<Figure<S, B>> figures() {
    return figures;
  }

  /**
   * Returns the records of this section in a briefing, in the order listed.
   *
   * @param briefing not null
   * @return the records, never null
   */
  public List<S> records(Briefing briefing) {
    return records.apply(Objects.requireNonNull(briefing, "briefing must not be null"));
  }

  /**
   * Returns the key that names a record in paths: its scope key, its place, its id; empty for a
   * record without one (a briefing has at most one such record of a section).
   *
   * @param record not null
   * @return the key, or empty
   */
  public Optional<String> key(S record) {
    return key.apply(Objects.requireNonNull(record, "record must not be null"));
  }

  /**
   * Returns the scope of a record, for a section whose records have scopes.
   *
   * @param record not null
   * @return the scope, or empty for a record without one or a section without scopes
   */
  public Optional<Scope> scope(S record) {
    return scope.apply(Objects.requireNonNull(record, "record must not be null"));
  }

  /**
   * Returns the record a record's scope lies within ({@link Scope#parent()}), in the same briefing.
   *
   * @param briefing the briefing that holds the record, not null
   * @param record not null
   * @return the parent record, or empty when the scope has no parent
   */
  public Optional<S> parent(Briefing briefing, S record) {
    Optional<String> parent = scope(record).flatMap(Scope::parent);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> wanted = parent.get().equals(Scope.WHOLE) ? Optional.empty() : parent;
    for (S other : records(briefing)) {
      if (key(other).equals(wanted)) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the path of a record: {@code detention[mass-riots]}, or {@code detention} without a key.
   *
   * @param record not null
   * @return the path, never null
   */
  public String path(S record) {
    return name + key(record).map(k -> "[" + k + "]").orElse("");
  }

  /**
   * Returns the path of a figure of a record: {@code detention[mass-riots].convicted}. For a
   * breakdown this is the path of the whole breakdown ({@code weaponSeizure.byType}).
   *
   * @param record not null
   * @param figure a figure of this section, not null
   * @return the path, never null
   */
  public String path(S record, Figure<S, ?> figure) {
    return path(record) + "." + figure.name();
  }

  /**
   * Returns the path of one stated count of a record: {@code weaponSeizure.byType[pistol]}.
   *
   * @param record not null
   * @param figure a figure of this section, not null
   * @param stated one of {@code figure.in(record)}, not null
   * @return the path, never null
   */
  public String path(S record, Figure<S, ?> figure, Figure.Stated stated) {
    return path(record) + "." + figure.nameOf(stated);
  }

  /**
   * Returns the declared figure with the name, if there is one.
   *
   * @param name such as {@code suspects}, not null
   * @return the figure, or empty
   */
  public Optional<Figure<S, B>> figure(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name must not be null")));
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
      if (f.isBreakdown()) {
        for (Figure.Stated s : f.in(section)) {
          out.put(f.nameOf(s), s.count());
        }
      } else {
        f.value(section).ifPresent(c -> out.put(f.name(), c));
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
