package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A region of a country, for breakdowns by region. The vocabulary is open and has no well-known
 * terms: every region is the user's own ({@code Region.of("almaty", "Almaty")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class Region extends LabelledTerm {
  /** The vocabulary of regions: its name, well-known terms and attributes. */
  public static final Vocabulary<Region> VOCABULARY = new Vocabulary<>("region", Region.class,
      List.of(), (code, label, attributes) -> of(code, label));

  Region() {}

  /**
   * Returns a region.
   *
   * @param code a lowercase slug
   * @param label the region in words
   * @return the region, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static Region of(String code, String label) {
    return ImmutableRegion.of(code, label);
  }

  @Override
  Vocabulary<Region> vocabulary() {
    return VOCABULARY;
  }
}
