package io.github.briefings.series;

import static io.github.briefings.Equality.assertEqualOnlyTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.EveryFigure;
import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Unit;
import io.github.briefings.validation.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The measures a series follows, with their units and kinds, and the diff and series values. */
class SeriesContractTest {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);

  static Briefing everyFigure(String id, LocalDate date, long n) {
    return EveryFigure.briefing(id, date, n);
  }

  @Test
  void everyFigureIsAMeasureWithItsUnitAndKind() {
    List<String> measures = Measures.of(everyFigure("b", DAY, 5)).keySet().stream()
        .map(m -> m.section() + "|" + m.scope() + "|" + m.figure() + "|" + m.unit() + "|" + m.kind())
        .collect(Collectors.toList());
    assertThat(measures).containsExactlyInAnyOrder(
        "detention|mass-riots|suspects|PERSONS|STOCK",
        "detention|mass-riots|detained|PERSONS|STOCK",
        "detention|mass-riots|inCustody|PERSONS|STOCK",
        "detention|mass-riots|houseArrest|PERSONS|STOCK",
        "detention|mass-riots|otherRestraint|PERSONS|STOCK",
        "detention|mass-riots|released|PERSONS|CUMULATIVE",
        "detention|mass-riots|charged|PERSONS|CUMULATIVE",
        "detention|mass-riots|broughtToTrial|PERSONS|CUMULATIVE",
        "detention|mass-riots|convicted|PERSONS|CUMULATIVE",
        "detention|mass-riots|pleadedGuilty|PERSONS|CUMULATIVE",
        "detention|mass-riots|foundGuiltyAtTrial|PERSONS|CUMULATIVE",
        "detention|mass-riots|acquitted|PERSONS|CUMULATIVE",
        "detention|mass-riots|sentenced|PERSONS|CUMULATIVE",
        "detention|mass-riots|amnestied|PERSONS|CUMULATIVE",
        "detention|mass-riots|sentencesByKind[fine]|PERSONS|CUMULATIVE",
        "criminalCases||registered|CASES|CUMULATIVE",
        "criminalCases||underInvestigation|CASES|STOCK",
        "criminalCases||sentToCourt|CASES|CUMULATIVE",
        "criminalCases||persons|PERSONS|STOCK",
        // cases and persons by category are two breakdowns, each in its unit
        "criminalCases||casesByCategory[theft]|CASES|STOCK",
        "criminalCases||personsByCategory[theft]|PERSONS|STOCK",
        "organizedCrime||groupsInvolved|GROUPS|STOCK",
        "organizedCrime||membersArrested|PERSONS|CUMULATIVE",
        "organizedCrime||leadersArrested|PERSONS|CUMULATIVE",
        "weaponSeizure||seized|WEAPONS|CUMULATIVE",
        "weaponSeizure||byType[pistol]|WEAPONS|CUMULATIVE",
        "weaponSeizure||byProvenance[service]|WEAPONS|CUMULATIVE",
        "weaponSeizure||ammunitionRounds|ROUNDS|CUMULATIVE",
        "weaponSeizure||voluntarilySurrendered|WEAPONS|CUMULATIVE",
        "casualties||dead|PERSONS|CUMULATIVE",
        "casualties||deadByGroup[civilians]|PERSONS|CUMULATIVE",
        "casualties||deadByRegion[almaty]|PERSONS|CUMULATIVE",
        "casualties||injured|PERSONS|CUMULATIVE",
        "casualties||injuredByGroup[civilians]|PERSONS|CUMULATIVE",
        "casualties||injuredByRegion[almaty]|PERSONS|CUMULATIVE",
        "damage||businessesDamaged|BUSINESSES|CUMULATIVE",
        "damage||buildingsDamaged|BUILDINGS|CUMULATIVE",
        "damage||vehiclesDamaged|VEHICLES|CUMULATIVE",
        "arsenalLosses|depot|stolen|WEAPONS|STOCK",
        "arsenalLosses|depot|recovered|WEAPONS|CUMULATIVE");
  }

  @Test
  void everyCumulativeMeasureThatFallsIsFoundAndNoStockIs() {
    BriefingSeries series = BriefingSeries.of(List.of(everyFigure("a", DAY, 5), everyFigure("b", DAY.plusDays(1), 4)));
    assertThat(series.check().findings()).extracting(Finding::path).containsExactlyInAnyOrder(
        "detention[mass-riots].released", "detention[mass-riots].charged", "detention[mass-riots].broughtToTrial",
        "detention[mass-riots].convicted", "detention[mass-riots].pleadedGuilty",
        "detention[mass-riots].foundGuiltyAtTrial", "detention[mass-riots].acquitted", "detention[mass-riots].sentenced",
        "detention[mass-riots].amnestied", "detention[mass-riots].sentencesByKind[fine]", "criminalCases.registered",
        "criminalCases.sentToCourt", "organizedCrime.membersArrested", "organizedCrime.leadersArrested",
        "weaponSeizure.seized", "weaponSeizure.byType[pistol]", "weaponSeizure.byProvenance[service]", "weaponSeizure.ammunitionRounds",
        "weaponSeizure.voluntarilySurrendered", "casualties.dead", "casualties.deadByGroup[civilians]",
        "casualties.deadByRegion[almaty]", "casualties.injured", "casualties.injuredByGroup[civilians]",
        "casualties.injuredByRegion[almaty]", "damage.businessesDamaged", "damage.buildingsDamaged",
        "damage.vehiclesDamaged", "arsenalLosses[depot].recovered");
    assertThat(series.check().findings()).extracting(Finding::ruleId).containsOnly(SeriesRules.CUMULATIVE_FALL);
  }

  @Test
  void onOneDateOnlyConflictsCountAndOnDifferentDatesOnlyFalls() {
    // the same date: every measure conflicts, none is a fall
    BriefingSeries sameDay = BriefingSeries.of(List.of(everyFigure("a", DAY, 5), everyFigure("b", DAY, 4)));
    assertThat(sameDay.check().findings()).hasSize(40)
        .extracting(Finding::ruleId).containsOnly(SeriesRules.CONFLICTING_FIGURES);
    // different dates, rising: nothing at all
    BriefingSeries rising = BriefingSeries.of(List.of(everyFigure("a", DAY, 4), everyFigure("b", DAY.plusDays(1), 5)));
    assertThat(rising.check().findings()).isEmpty();
    // the same date and the same figures: nothing
    assertThat(BriefingSeries.of(List.of(everyFigure("a", DAY, 4), everyFigure("b", DAY, 4))).check().isEmpty()).isTrue();
  }

  @Test
  void seriesAndDiffsAreValues() {
    Briefing april11 = SeedBriefings.april11();
    Briefing april25 = SeedBriefings.april25();
    BriefingSeries series = BriefingSeries.of(List.of(april25, april11));
    assertThat(series.investigation()).isEqualTo(april11.investigation());
    assertEqualOnlyTo(series, BriefingSeries.of(List.of(april11, april25)), BriefingSeries.of(List.of(april11)));
    assertThat(series).hasToString("kz-january-2022-unrest [kz-2022-04-11, kz-2022-04-25]");

    BriefingDiff diff = series.diffs().get(0);
    assertThat(diff.earlier()).isEqualTo(april11);
    assertThat(diff.later()).isEqualTo(april25);
    assertThat(diff).hasToString(diff.render());
    assertThat(diff.withStatus(MeasureChange.Status.CHANGED)).isNotEmpty()
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(MeasureChange.Status.CHANGED));
    assertThat(diff.withStatus(MeasureChange.Status.LATER_ONLY)).isNotEmpty()
        .allSatisfy(c -> assertThat(c.earlier()).isEmpty());
    assertThat(diff.withStatus(MeasureChange.Status.EARLIER_ONLY)).isNotEmpty()
        .allSatisfy(c -> assertThat(c.later()).isEmpty());
    int all = 0;
    for (MeasureChange.Status s : MeasureChange.Status.values()) {
      all += diff.withStatus(s).size();
    }
    assertThat(all).isEqualTo(diff.changes().size());
  }

  @Test
  void aChangeIsAValueAndComparesQualifierValueAndHighEnd() {
    Measure convicted = new Measure("detention", "mass-riots", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE);
    MeasureChange change = new MeasureChange(convicted, Optional.of(Count.exactly(168)), Optional.of(Count.exactly(243)));
    assertEqualOnlyTo(change,
        new MeasureChange(convicted, Optional.of(Count.exactly(168)), Optional.of(Count.exactly(243))),
        new MeasureChange(convicted, Optional.of(Count.exactly(167)), Optional.of(Count.exactly(243))),
        new MeasureChange(convicted, Optional.of(Count.exactly(168)), Optional.of(Count.exactly(244))),
        new MeasureChange(new Measure("detention", "all", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE),
            Optional.of(Count.exactly(168)), Optional.of(Count.exactly(243))));
    assertThat(change.earlier()).contains(Count.exactly(168));
    assertThat(change.later()).contains(Count.exactly(243));
    assertThat(status(Count.exactly(5), Count.exactly(5).withStatedAs("five"))).isEqualTo(MeasureChange.Status.UNCHANGED);
    assertThat(status(Count.exactly(5), Count.atLeast(5))).isEqualTo(MeasureChange.Status.CHANGED);
    assertThat(status(Count.between(5, 6), Count.between(5, 7))).isEqualTo(MeasureChange.Status.CHANGED);
    assertThat(status(Count.exactly(5), Count.exactly(6))).isEqualTo(MeasureChange.Status.CHANGED);
    assertThat(new MeasureChange(convicted, Optional.empty(), Optional.of(Count.exactly(1))).status())
        .isEqualTo(MeasureChange.Status.LATER_ONLY);
    assertThat(new MeasureChange(convicted, Optional.of(Count.exactly(1)), Optional.empty()).status())
        .isEqualTo(MeasureChange.Status.EARLIER_ONLY);
  }

  private static MeasureChange.Status status(Count earlier, Count later) {
    Measure m = new Measure("detention", "", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE);
    return new MeasureChange(m, Optional.of(earlier), Optional.of(later)).status();
  }

  @Test
  void aMeasureIsItsSectionScopeFigureAndUnit() {
    Measure m = new Measure("detention", "mass-riots", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE);
    assertEqualOnlyTo(m, new Measure("detention", "mass-riots", "convicted", Unit.PERSONS, FigureKind.STOCK),
        new Measure("criminalCases", "mass-riots", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE),
        new Measure("detention", "theft", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE),
        new Measure("detention", "mass-riots", "charged", Unit.PERSONS, FigureKind.CUMULATIVE),
        new Measure("detention", "mass-riots", "convicted", Unit.CASES, FigureKind.CUMULATIVE));
    assertThat(m.section()).isEqualTo("detention");
    assertThat(m).hasToString("detention[mass-riots].convicted (PERSONS)");
  }
}
