package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.CategoryCount;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Unit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the figures of a briefing as measures. Property recoveries are amounts of money, not counts,
 * and officials' cases are not followed across briefings.
 */
final class Measures {
  private static final Set<String> CUMULATIVE = Set.of(
      "detention.released", "detention.charged", "detention.broughtToTrial", "detention.convicted",
      "detention.pleadedGuilty", "detention.foundGuiltyAtTrial", "detention.acquitted", "detention.sentenced",
      "detention.sentencesByKind", "detention.amnestied",
      "criminalCases.registered", "criminalCases.sentToCourt",
      "organizedCrime.membersArrested", "organizedCrime.leadersArrested",
      "weaponSeizure.seized", "weaponSeizure.byType", "weaponSeizure.ammunitionRounds",
      "weaponSeizure.voluntarilySurrendered",
      "arsenalLosses.recovered");

  private Measures() {}

  static Map<Measure, Count> of(Briefing b) {
    Map<Measure, Count> out = new LinkedHashMap<>();
    for (DetentionStats d : b.detention()) {
      String scope = key(d.scope());
      d.figures().forEach((figure, count) -> put(out, "detention", scope, figure, Unit.PERSONS, count));
    }
    for (CriminalCases c : b.criminalCases()) {
      String scope = key(c.scope());
      put(out, "criminalCases", scope, "registered", Unit.CASES, c.registered());
      put(out, "criminalCases", scope, "underInvestigation", Unit.CASES, c.underInvestigation());
      put(out, "criminalCases", scope, "sentToCourt", Unit.CASES, c.sentToCourt());
      put(out, "criminalCases", scope, "persons", Unit.PERSONS, c.persons());
      for (CategoryCount cc : c.byCategory()) {
        put(out, "criminalCases", scope, "byCategory[" + cc.category().code() + "]", cc.unit(), cc.count());
      }
    }
    b.organizedCrime().ifPresent(o -> {
      put(out, "organizedCrime", "", "groupsInvolved", Unit.GROUPS, o.groupsInvolved());
      put(out, "organizedCrime", "", "membersArrested", Unit.PERSONS, o.membersArrested());
      put(out, "organizedCrime", "", "leadersArrested", Unit.PERSONS, o.leadersArrested());
    });
    b.weaponSeizure().ifPresent(w -> w.figures().forEach((figure, count) ->
        put(out, "weaponSeizure", "", figure, figure.equals("ammunitionRounds") ? Unit.ROUNDS : Unit.WEAPONS, count)));
    b.arsenalLosses().forEach(a -> a.figures().forEach((figure, count) ->
        put(out, "arsenalLosses", a.takenFrom(), figure, Unit.WEAPONS, count)));
    return out;
  }

  private static String key(Optional<Scope> scope) {
    return scope.map(Scope::key).orElse("");
  }

  private static void put(Map<Measure, Count> out, String section, String scope, String figure, Unit unit,
      Optional<Count> count) {
    count.ifPresent(c -> put(out, section, scope, figure, unit, c));
  }

  private static void put(Map<Measure, Count> out, String section, String scope, String figure, Unit unit, Count c) {
    int bracket = figure.indexOf('[');
    String family = section + "." + (bracket < 0 ? figure : figure.substring(0, bracket));
    MeasureKind kind = CUMULATIVE.contains(family) ? MeasureKind.CUMULATIVE : MeasureKind.STOCK;
    out.put(new Measure(section, scope, figure, unit, kind), c);
  }
}
