package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where seized weapons came from, from an open vocabulary: service weapons (of the police, the army,
 * a security service) or civilian ones, or a provenance of the user's own
 * ({@code Provenance.of("hunting", "hunting weapons")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class Provenance extends LabelledTerm {
  /** Service weapons: of the police, the army or a security service. */
  public static final Provenance SERVICE = of("service", "service weapons");
  /** Civilian weapons: registered to or held by civilians. */
  public static final Provenance CIVILIAN = of("civilian", "civilian weapons");
  /** Weapons of another or an unstated provenance. */
  public static final Provenance OTHER = of("other", "weapons of another provenance");

  /** The vocabulary of provenances: its name, well-known terms and attributes. */
  public static final Vocabulary<Provenance> VOCABULARY = new Vocabulary<>("provenance", Provenance.class,
      List.of(SERVICE, CIVILIAN, OTHER), (code, label, attributes) -> of(code, label));

  Provenance() {}

  /**
   * Returns a provenance.
   *
   * @param code a lowercase slug
   * @param label the provenance in words
   * @return the provenance, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static Provenance of(String code, String label) {
    return ImmutableProvenance.of(code, label);
  }

  @Override
  Vocabulary<Provenance> vocabulary() {
    return VOCABULARY;
  }
}
