package io.github.briefings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Gathers the stated figures of a section, by name, in declaration order. */
final class Figures {
  private final Map<String, Count> figures = new LinkedHashMap<>();

  Figures add(String name, Optional<Count> figure) {
    figure.ifPresent(f -> figures.put(name, f));
    return this;
  }

  <K> Figures addAll(String name, Map<K, Count> byKey) {
    byKey.forEach((k, f) -> figures.put(name + "[" + k + "]", f));
    return this;
  }

  Map<String, Count> map() {
    return Collections.unmodifiableMap(figures);
  }
}
