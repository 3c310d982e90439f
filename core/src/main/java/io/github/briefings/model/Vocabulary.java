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
}
