package io.github.briefings.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An open vocabulary, described once: its name, its well-known terms, the attributes a term has
 * besides its code and label, and how a term of the user's own is made from them. The vocabularies
 * ({@link CaseCategory#VOCABULARY}, {@link WeaponType#VOCABULARY}, {@link SentenceKind#VOCABULARY},
 * {@link EvidenceKind#VOCABULARY}, {@link Provenance#VOCABULARY}, …) share this one shape, so that a
 * format reads and writes any of them the same way, and a {@link Breakdown} is along one of them. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseCategory theft = CaseCategory.VOCABULARY.wellKnown("theft").orElseThrow();
 * SentenceKind own = SentenceKind.VOCABULARY.of("corrective-labour", "corrective labour",
 *     Map.of("custodial", false));
 * }</pre>
 *
 * @param <T> the type of the terms
 */
public final class Vocabulary<T extends Term> {
  /**
   * An attribute of the terms of one vocabulary besides code and label, such as a sentence kind's
   * {@code custodial} flag: a text or a boolean, required or optional.
   *
   * @param <T> the type of the terms
   */
  public static final class Attribute<T> {
    private final String name;
    private final Class<?> type;
    private final boolean required;
    private final String description;
    private final Function<T, Optional<?>> value;

    private Attribute(String name, Class<?> type, boolean required, String description,
        Function<T, Optional<?>> value) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.description = description;
      this.value = value;
    }

    static <T> Attribute<T> optionalText(String name, String description, Function<T, Optional<String>> value) {
      return new Attribute<>(name, String.class, false, description, value::apply);
    }

    static <T> Attribute<T> requiredFlag(String name, String description, Function<T, Boolean> value) {
      return new Attribute<>(name, Boolean.class, true, description, t -> Optional.of(value.apply(t)));
    }

    /**
     * Returns the name: the JSON property and the key given to {@link Vocabulary#of}.
     *
     * @return the name: the JSON property and the key given to {@link Vocabulary#of}
     */
    public String name() {
      return name;
    }

    /**
     * Returns the type of the values: {@code String.class} or {@code Boolean.class}.
     *
     * @return the type of the values: {@code String.class} or {@code Boolean.class}
     */
    public Class<?> type() {
      return type;
    }

    /**
     * Returns whether every term of the user's own must give this attribute.
     *
     * @return whether every term of the user's own must give this attribute
     */
    public boolean isRequired() {
      return required;
    }

    /**
     * Returns what the attribute says, in one line.
     *
     * @return what the attribute says, in one line
     */
    public String description() {
      return description;
    }

    /**
     * Returns the attribute's value in a term.
     *
     * @param term not null
     * @return the value, of {@link #type()}; empty when an optional attribute is not given
     */
    public Optional<?> of(T term) {
      return value.apply(Objects.requireNonNull(term, "term must not be null"));
    }

    /** Returns the name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /** Makes a term from its code, label and attribute values (null for an optional one not given). */
  @FunctionalInterface
  interface Factory<T> {
    T create(String code, String label, Map<String, Object> attributes);
  }

  private final String name;
  private final Class<T> type;
  private final List<T> wellKnown;
  private final Map<String, T> byCode = new HashMap<>();
  private final List<Attribute<T>> attributes;
  private final Factory<T> factory;

  @SafeVarargs
  Vocabulary(String name, Class<T> type, List<T> wellKnown, Factory<T> factory, Attribute<T>... attributes) {
    this.name = name;
    this.type = type;
    this.wellKnown = List.copyOf(wellKnown);
    for (T t : this.wellKnown) {
      byCode.putIfAbsent(t.code(), t); // the first of a code, as a search of the list finds it
    }
    this.factory = factory;
    this.attributes = List.of(attributes);
  }

  /**
   * Returns the vocabularies of the model: case categories, weapon types, sentence kinds, evidence
   * kinds, provenances, casualty groups, regions and damaged parties.
   * @return the vocabularies of the model: case categories, weapon types, sentence kinds, evidence kinds, provenances, casualty groups, regions and damaged parties
   */
  public static List<Vocabulary<?>> standard() {
    return List.of(CaseCategory.VOCABULARY, WeaponType.VOCABULARY, SentenceKind.VOCABULARY, EvidenceKind.VOCABULARY,
        Provenance.VOCABULARY, CasualtyGroup.VOCABULARY, Region.VOCABULARY, DamagedParty.VOCABULARY);
  }

  /**
   * Returns the name in words, such as {@code "case category"}.
   *
   * @return the name in words, such as {@code "case category"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the terms.
   *
   * @return the type of the terms
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the well-known terms, in the order their type declares them.
   *
   * @return the well-known terms, in the order their type declares them
   */
  public List<T> wellKnown() {
    return wellKnown;
  }

  /**
   * Returns the well-known term with the code, if there is one.
   *
   * @param code not null
   * @return the constant, or empty for a code of the user's own
   */
  public Optional<T> wellKnown(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code must not be null")));
  }

  /**
   * Returns whether a term is one of the well-known constants (equal to it in every attribute).
   *
   * @param term not null
   * @return true for a constant, false for a term of the user's own
   */
  public boolean isWellKnown(T term) {
    return wellKnown(term.code()).filter(term::equals).isPresent();
  }

  /**
   * Returns the attributes of the terms besides code and label, in the order a format writes them.
   *
   * @return the attributes of the terms besides code and label, in the order a format writes them
   */
  public List<Attribute<T>> attributes() {
    return attributes;
  }

  /**
   * Returns a term made from its parts: a term of the user's own, or a term equal to the well-known
   * one when code, label and every attribute match it.
   *
   * @param code a lowercase slug
   * @param label the term in words
   * @param attributes the values of {@link #attributes()} by name; an optional one may be left out
   * @return the term, never null
   * @throws InvalidValueException if an attribute is unknown, of the wrong type or missing, or an
   *     invariant of the term is broken
   */
  public T of(String code, String label, Map<String, ?> attributes) {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Problems p = new Problems();
    Map<String, Object> values = new HashMap<>();
    for (Attribute<T> a : this.attributes) {
      Object v = attributes.get(a.name);
      if (v == null && a.required) {
        p.add(a.name + " is required for a " + name + " of your own");
      } else if (v != null && !a.type.isInstance(v)) {
        p.add(a.name + " must be a " + a.type.getSimpleName() + ": " + v.getClass().getSimpleName());
      }
      values.put(a.name, v);
    }
    List<String> unknown = new ArrayList<>(attributes.keySet());
    unknown.removeAll(values.keySet());
    for (String u : unknown) {
      p.add(u + " is not an attribute of a " + name);
    }
    p.throwIfAny(type.getSimpleName());
    return factory.create(code, label, values);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }

  /**
   * Checks the invariants every term shares: the code is a slug, the label is not blank, and a term
   * of the user's own does not take the code of a well-known term while differing from it (it would
   * silently stand in for the constant wherever the code is read).
   *
   * @param vocabulary the term's vocabulary, or null while its constants are being created
   */
  @SuppressWarnings("unchecked")
  static <T extends Term> void checkAny(Problems p, Vocabulary<?> vocabulary, Term term) {
    check(p, (Vocabulary<Term>) vocabulary, term);
  }

  static <T extends Term> void check(Problems p, Vocabulary<T> vocabulary, T term) {
    p.slug("code", term.code());
    p.notBlank("label", term.label());
    if (vocabulary == null) {
      return;
    }
    vocabulary.wellKnown(term.code()).filter(known -> !known.equals(term)).ifPresent(known ->
        p.add("code \"" + term.code() + "\" is the code of a well-known " + vocabulary.name
            + " that differs from this one: use the constant, or give a term of your own a code of its own"));
  }
}
