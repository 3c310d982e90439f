package io.github.briefings.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Look-up of well-known constants of the open vocabularies by code. */
final class Vocabulary {
  private Vocabulary() {}

  static <T> Optional<T> find(List<T> wellKnown, String code, Function<T, String> codeOf) {
    Objects.requireNonNull(code, "code must not be null");
    for (T t : wellKnown) {
      if (codeOf.apply(t).equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a term of the user's own that takes the code of a well-known term but differs from it:
   * it would silently stand in for the constant wherever the code is read.
   *
   * @param wellKnown the constants, or null while they are being created
   */
  static <T> void ownCode(Problems p, List<T> wellKnown, T term, Function<T, String> codeOf, String what) {
    if (wellKnown == null) {
      return;
    }
    find(wellKnown, codeOf.apply(term), codeOf).filter(known -> !known.equals(term)).ifPresent(known ->
        p.add("code \"" + codeOf.apply(term) + "\" is the code of a well-known " + what
            + " that differs from this one: use the constant, or give a term of your own a code of its own"));
  }
}
