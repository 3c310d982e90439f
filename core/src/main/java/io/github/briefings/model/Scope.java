package io.github.briefings.model;

import java.util.Optional;
import io.github.briefings.internal.Texts;
import org.immutables.value.Value;

/**
 * The population or body of cases a set of figures is about: a {@link CaseCategory} ("suspects of
 * mass riots") or a described population ("all suspects of the January events"). Figures of
 * different scopes are never compared.
 *
 * <p>Invariants: the key is a lowercase slug (a category's code, when the scope is a category) and
 * the description is not blank. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Scope {
  Scope() {}

  /**
   * Returns the scope of one case category, keyed by its code.
   *
   * @param category not null
   * @return the scope, never null
   */
  public static Scope of(CaseCategory category) {
    return ImmutableScope.of(category.code(), category.label(), Optional.of(category));
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
    return ImmutableScope.of(key, description, Optional.empty());
  }

  /** Returns the key that names the scope in paths and tells scopes apart; a lowercase slug. */
  @Value.Parameter
  public abstract String key();

  /** Returns the population or body of cases in words. */
  @Value.Parameter
  public abstract String description();

  /** Returns the case category, when the scope is one. */
  @Value.Parameter
  public abstract Optional<CaseCategory> category();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("key", key());
    p.notBlank("description", description());
    category().ifPresent(c -> {
      if (!c.code().equals(key())) {
        p.add("key must be the category's code \"" + c.code() + "\": " + Texts.quote(key()));
      }
    });
    p.throwIfAny("Scope");
  }

  /** Returns the key. */
  @Override
  public String toString() {
    return key();
  }
}
