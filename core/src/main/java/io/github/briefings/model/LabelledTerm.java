package io.github.briefings.model;

import org.immutables.value.Value;

/**
 * What the terms with nothing but a code and a label share: the two attributes, their invariants
 * and their text. Each subtype names its {@link Vocabulary}.
 */
abstract class LabelledTerm implements Term {
  LabelledTerm() {}

  /** Returns the code, a lowercase slug that identifies the term in paths and JSON. */
  @Override
  @Value.Parameter
  public abstract String code();

  /** Returns the term in words. */
  @Override
  @Value.Parameter
  public abstract String label();

  /** Returns the vocabulary of the term's type; null while its well-known terms are being created. */
  abstract Vocabulary<?> vocabulary();

  @Value.Check
  void check() {
    Problems p = new Problems();
    Vocabulary.checkAny(p, vocabulary(), this);
    p.throwIfAny(getClass().getSimpleName().replaceFirst("^Immutable", ""));
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }
}
