package io.github.briefings.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A group of the dead or injured, from an open vocabulary: security forces, civilians, or a group of
 * the user's own ({@code CasualtyGroup.of("journalists", "journalists")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term
 * and the label is not blank. Immutable and thread-safe; equal when code and label are.
 */
@Value.Immutable
public abstract class CasualtyGroup extends LabelledTerm {
  /** Members of the security forces: police, national guard, security services, the army. */
  public static final CasualtyGroup SECURITY_FORCES = of("security-forces", "security forces");
  /** Civilians. */
  public static final CasualtyGroup CIVILIANS = of("civilians", "civilians");
  /** People of another or an unstated group. */
  public static final CasualtyGroup OTHER = of("other", "others");

  /** The vocabulary of casualty groups: its name, well-known terms and attributes. */
  public static final Vocabulary<CasualtyGroup> VOCABULARY = new Vocabulary<>("casualty group", CasualtyGroup.class,
      List.of(SECURITY_FORCES, CIVILIANS, OTHER), (code, label, attributes) -> of(code, label));

  CasualtyGroup() {}

  /**
   * Returns a casualty group.
   *
   * @param code a lowercase slug
   * @param label the casualty group in words
   * @return the casualty group, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static CasualtyGroup of(String code, String label) {
    return ImmutableCasualtyGroup.of(code, label);
  }

  @Override
  Vocabulary<CasualtyGroup> vocabulary() {
    return VOCABULARY;
  }
}
