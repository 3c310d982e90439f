package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A kind of sentence, from an open vocabulary; each kind says whether it is custodial (deprives the
 * convict of liberty in a prison or colony).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code, label and custodial flag
 * are.
 */
@Value.Immutable
public abstract class SentenceKind implements Term {
  /** Imprisonment: custodial. */
  public static final SentenceKind IMPRISONMENT = of("imprisonment", "imprisonment", true);
  /** Restriction of liberty (supervised, outside prison): non-custodial. */
  public static final SentenceKind RESTRICTION_OF_LIBERTY = of("restriction-of-liberty", "restriction of liberty", false);
  /** Home detention: non-custodial. */
  public static final SentenceKind HOME_DETENTION = of("home-detention", "home detention", false);
  /** Probation or a suspended sentence: non-custodial. */
  public static final SentenceKind PROBATION = of("probation", "probation", false);
  /** Community service: non-custodial. */
  public static final SentenceKind COMMUNITY_SERVICE = of("community-service", "community service", false);
  /** A fine: non-custodial. */
  public static final SentenceKind FINE = of("fine", "fine", false);
  /** A penalty "not related to imprisonment", kind unstated: non-custodial. */
  public static final SentenceKind NON_CUSTODIAL_UNSPECIFIED =
      of("non-custodial-unspecified", "penalty not related to imprisonment", false);
  /** Another non-custodial penalty. */
  public static final SentenceKind OTHER = of("other", "other penalty", false);

  /** The vocabulary of sentence kinds: its name, well-known terms and attributes. */
  public static final Vocabulary<SentenceKind> VOCABULARY = new Vocabulary<>("sentence kind", SentenceKind.class,
      List.of(IMPRISONMENT, RESTRICTION_OF_LIBERTY, HOME_DETENTION, PROBATION, COMMUNITY_SERVICE,
          FINE, NON_CUSTODIAL_UNSPECIFIED, OTHER),
      (code, label, attributes) -> of(code, label, (Boolean) attributes.get("custodial")),
      Vocabulary.Attribute.requiredFlag("custodial", "whether the sentence deprives the convict of liberty",
          SentenceKind::custodial));

  SentenceKind() {}

  /**
   * Returns a sentence kind.
   *
   * @param code a lowercase slug
   * @param label the kind in words
   * @param custodial whether the sentence deprives of liberty
   * @return the kind, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static SentenceKind of(String code, String label, boolean custodial) {
    return ImmutableSentenceKind.of(code, label, custodial);
  }

  /** Returns the code, a lowercase slug that identifies the kind in paths and JSON. */
  @Value.Parameter
  public abstract String code();

  /** Returns the kind in words. */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns whether the sentence deprives the convict of liberty.
   *
   * @return whether the sentence deprives the convict of liberty
   */
  @Value.Parameter
  public abstract boolean custodial();

  @Value.Check
  void check() {
    Problems p = new Problems();
    Vocabulary.check(p, VOCABULARY, this);
    p.throwIfAny("SentenceKind");
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }
}
