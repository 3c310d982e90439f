package io.github.briefings.validation;

import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named figures for a comparison, in order, read through their declarations; absent figures are left out. */
final class Terms {
  private Terms() {}

  /**
   * Returns what a section states of the figures, named as the section names them
   * ({@code inCustody}, {@code byType[pistol]}), in the order given.
   */
  @SafeVarargs
  static <S> Map<String, Count> of(S section, Figure<S, ?>... figures) {
    Map<String, Count> out = new LinkedHashMap<>();
    for (Figure<S, ?> figure : figures) {
      for (Figure.Stated stated : figure.in(section)) {
        out.put(figure.nameOf(stated), stated.count());
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
