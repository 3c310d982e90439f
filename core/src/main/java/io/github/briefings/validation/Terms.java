package io.github.briefings.validation;

import io.github.briefings.model.Count;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Named figures for a comparison, in order; absent figures are left out. */
final class Terms {
  private final Map<String, Count> terms = new LinkedHashMap<>();

  static Terms of(String name, Optional<Count> figure) {
    return new Terms().and(name, figure);
  }

  Terms and(String name, Optional<Count> figure) {
    figure.ifPresent(f -> terms.put(name, f));
    return this;
  }

  void add(String name, Count figure) {
    terms.put(name, figure);
  }

  Map<String, Count> map() {
    return terms;
  }
}
