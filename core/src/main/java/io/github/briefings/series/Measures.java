package io.github.briefings.series;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Section;
import io.github.briefings.model.WeaponSeizure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the figures of a briefing as measures, with the unit and kind each figure declares in its
 * {@link Section}. Property recoveries are amounts of money, not counts, and officials' cases are not
 * followed across briefings.
 */
final class Measures {
  private Measures() {}

  static Map<Measure, Count> of(Briefing b) {
    Map<Measure, Count> out = new LinkedHashMap<>();
    for (DetentionStats d : b.detention()) {
      put(out, DetentionStats.SECTION, key(d.scope()), d);
    }
    for (CriminalCases c : b.criminalCases()) {
      put(out, CriminalCases.SECTION, key(c.scope()), c);
    }
    b.organizedCrime().ifPresent(o -> put(out, OrganizedCrime.SECTION, "", o));
    b.weaponSeizure().ifPresent(w -> put(out, WeaponSeizure.SECTION, "", w));
    for (ArsenalLoss a : b.arsenalLosses()) {
      put(out, ArsenalLoss.SECTION, a.takenFrom(), a);
    }
    return out;
  }

  private static String key(Optional<Scope> scope) {
    return scope.map(Scope::key).orElse("");
  }

  private static <S> void put(Map<Measure, Count> out, Section<S, ?> section, String scope, S value) {
    for (Figure<S, ?> f : section.figures()) {
      for (Figure.Stated s : f.in(value)) {
        out.put(new Measure(section.name(), scope, f.nameOf(s), s.unit(), f.kind()), s.count());
      }
    }
  }
}
