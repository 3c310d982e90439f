package io.github.briefings.model;

/**
 * A term of an open vocabulary: a {@link CaseCategory}, {@link WeaponType}, {@link SentenceKind},
 * {@link EvidenceKind}, {@link Provenance}, …. Each is a well-known constant of its type or a term of the user's own, and
 * each type describes itself through its {@link Vocabulary}.
 */
public interface Term {
  /**
   * Returns the code, a lowercase slug that identifies the term in paths and JSON.
   *
   * @return the code, a lowercase slug that identifies the term in paths and JSON
   */
  String code();

  /**
   * Returns the term in words.
   *
   * @return the term in words
   */
  String label();
}
