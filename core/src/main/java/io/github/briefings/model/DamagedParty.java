package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Who suffered damage, from an open vocabulary: state bodies, businesses, individuals, or a party of
 * the user's own ({@code DamagedParty.of("banks", "banks")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class DamagedParty extends LabelledTerm {
  /** State bodies and state property. */
  public static final DamagedParty STATE_BODIES = of("state-bodies", "state bodies");
  /** Businesses. */
  public static final DamagedParty BUSINESSES = of("businesses", "businesses");
  /** Individuals. */
  public static final DamagedParty INDIVIDUALS = of("individuals", "individuals");
  /** Another or an unstated party. */
  public static final DamagedParty OTHER = of("other", "others");

  /** The vocabulary of damaged parties: its name, well-known terms and attributes. */
  public static final Vocabulary<DamagedParty> VOCABULARY = new Vocabulary<>("damaged party", DamagedParty.class,
      List.of(STATE_BODIES, BUSINESSES, INDIVIDUALS, OTHER), (code, label, attributes) -> of(code, label));

  DamagedParty() {}

  /**
   * Returns a damaged party.
   *
   * @param code a lowercase slug
   * @param label the damaged party in words
   * @return the damaged party, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static DamagedParty of(String code, String label) {
    return ImmutableDamagedParty.of(code, label);
  }

  @Override
  Vocabulary<DamagedParty> vocabulary() {
    return VOCABULARY;
  }
}
