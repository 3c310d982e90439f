package io.github.briefings.model;

import java.util.Optional;
import io.github.briefings.internal.Texts;
import org.immutables.value.Value;

/**
 * The population or body of cases a set of figures is about: a {@link CaseCategory} ("suspects of
 * mass riots") or a described population ("all suspects of the January events"). Figures of
 * different scopes are not compared, except that a scope may lie {@linkplain #parent() within}
 * another of its section — Almaty within the whole country, felony pleas within all pleas — and then
 * each of its figures is at most the same figure of its parent.
 *
 * <pre>{@code
 * Scope almaty = Scope.described("almaty", "cases in Almaty").within(Scope.WHOLE);
 * Scope felonies = Scope.described("felonies", "guilty pleas to felonies").within("mass-riots");
 * }</pre>
 *
 * <p>Invariants: the key is a lowercase slug (a category's code, when the scope is a category); the
 * description is not blank; a parent is {@link #WHOLE} or a slug other than the key. That the parent
 * exists is checked by the {@link Briefing}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {
  /**
   * The parent key that names the record of the section without a scope: the whole that every scope
   * of the section is part of. It is the empty string, which no scope key can be.
   */
  public static final String WHOLE = "";

  Scope() {}

  /**
   * Returns the scope of one case category, keyed by its code.
   *
   * @param category not null
   * @return the scope, never null
   */
  public static Scope of(CaseCategory category) {
    return ImmutableScope.of(category.code(), category.label(), Optional.of(category), Optional.empty());
  }

  /**
   * Returns a scope described in words.
   *
   * @param key a lowercase slug that names the scope in paths, such as {@code "all-suspects"}
   * @param description the population in words
   * @return the scope, never null
   * @throws InvalidValueException if the key is not a slug or the description is blank
   */
  public static Scope described(String key, String description) {
    return ImmutableScope.of(key, description, Optional.empty(), Optional.empty());
  }

  /**
   * Returns the key that names the scope in paths and tells scopes apart; a lowercase slug.
   *
   * @return the key that names the scope in paths and tells scopes apart; a lowercase slug
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Returns the population or body of cases in words.
   *
   * @return the population or body of cases in words
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns the case category, when the scope is one.
   *
   * @return the case category, when the scope is one
   */
  @Value.Parameter
  public abstract Optional<CaseCategory> category();

  /**
   * Returns the key of the scope this one lies within, in the same section: {@link #WHOLE} for the
   * record without a scope; empty when the scope is not declared within another.
   * @return the key of the scope this one lies within, in the same section: {@link #WHOLE} for the record without a scope; empty when the scope is not declared within another
   */
  @Value.Parameter
  public abstract Optional<String> parent();

  /**
   * Returns a copy that lies within another scope of its section.
   *
   * @param parentKey the parent scope's key, or {@link #WHOLE} for the record without a scope
   * @return a new scope, never null
   * @throws InvalidValueException if the parent is neither {@link #WHOLE} nor a slug, or is this scope
   */
  public Scope within(String parentKey) {
    return ImmutableScope.of(key(), description(), category(), Optional.of(parentKey));
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("key", key());
    p.notBlank("description", description());
    if (parent().isPresent()) {
      String k = parent().get();
      if (!k.equals(WHOLE)) {
        p.slug("parent", k);
      }
      if (k.equals(key())) {
        p.add("parent must be another scope: " + Texts.quote(k));
      }
    }
    if (category().isPresent() && !category().get().code().equals(key())) {
      p.add("key must be the category's code \"" + category().get().code() + "\": " + Texts.quote(key()));
    }
    p.throwIfAny("Scope");
  }

  /** Returns the key, and the parent's: {@code almaty} or {@code almaty within (whole)}. */
  @Override
  public String toString() {
    return key() + parent().map(k -> " within " + (k.equals(WHOLE) ? "(whole)" : k)).orElse("");
  }
}
