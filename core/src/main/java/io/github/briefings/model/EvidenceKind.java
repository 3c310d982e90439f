package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A kind of evidence cited for convictions, from an open vocabulary.
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class EvidenceKind extends LabelledTerm {
  /** Video recordings, such as from the crime scenes. */
  public static final EvidenceKind VIDEO = of("video", "video evidence");
  /** Testimony of witnesses. */
  public static final EvidenceKind WITNESS_TESTIMONY = of("witness-testimony", "testimony of witnesses");
  /** Seized material evidence. */
  public static final EvidenceKind MATERIAL_EVIDENCE = of("material-evidence", "seized material evidence");
  /** Any other evidence. */
  public static final EvidenceKind OTHER = of("other", "other evidence");

  /** The vocabulary of evidence kinds: its name, well-known terms and attributes. */
  public static final Vocabulary<EvidenceKind> VOCABULARY = new Vocabulary<>("evidence kind", EvidenceKind.class,
      List.of(VIDEO, WITNESS_TESTIMONY, MATERIAL_EVIDENCE, OTHER),
      (code, label, attributes) -> of(code, label));

  EvidenceKind() {}

  /**
   * Returns an evidence kind.
   *
   * @param code a lowercase slug
   * @param label the kind in words
   * @return the kind, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static EvidenceKind of(String code, String label) {
    return ImmutableEvidenceKind.of(code, label);
  }

  @Override
  Vocabulary<EvidenceKind> vocabulary() {
    return VOCABULARY;
  }
}
