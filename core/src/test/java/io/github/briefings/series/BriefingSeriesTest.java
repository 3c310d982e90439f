package io.github.briefings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Unit;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefingSeriesTest {
  private final Briefing april11 = SeedBriefings.april11();
  private final Briefing april25 = SeedBriefings.april25();
  /** The later seed briefing, said to be of another investigation. */
  private final Briefing elsewhere = Briefing.builder().from(april25)
      .investigation(Investigation.of("other-case", "another investigation")).build();

  @Test
  void theTwoSeedBriefingsRaiseNothing() {
    BriefingSeries series = BriefingSeries.of(List.of(april25, april11));
    assertThat(series.briefings()).containsExactly(april11, april25);
    ValidationReport report = series.check();
    // 377 persons to trial vs 265 cases to court: different units; 269 vs 585 in custody: different
    // scopes; convictions 168 → 243 rise, as a running total should.
    assertThat(report.findings()).isEmpty();
    assertThat(Validator.standard().validate(april25).hasErrors()).isFalse();
  }

  @Test
  void theDiffShowsConvictionsRisingAndKeepsScopesAndUnitsApart() {
    BriefingDiff diff = BriefingSeries.of(List.of(april11, april25)).diffs().get(0);
    Map<String, MeasureChange> byPath = new java.util.HashMap<>();
    diff.changes().forEach(c -> byPath.put(c.measure().path(), c));
    MeasureChange convicted = byPath.get("detention[mass-riots].convicted");
    assertThat(convicted.status()).isEqualTo(MeasureChange.Status.CHANGED);
    assertThat(convicted.change()).hasValue(75);
    assertThat(convicted).hasToString("detention[mass-riots].convicted: 168 → 243 (+75)");
    assertThat(byPath.get("detention[mass-riots].inCustody").status()).isEqualTo(MeasureChange.Status.EARLIER_ONLY);
    assertThat(byPath.get("detention[all-suspects].inCustody").status()).isEqualTo(MeasureChange.Status.LATER_ONLY);
    assertThat(byPath.get("detention[mass-riots].broughtToTrial").measure().unit()).isEqualTo(Unit.PERSONS);
    assertThat(byPath.get("criminalCases.sentToCourt").measure().unit()).isEqualTo(Unit.CASES);
    assertThat(byPath.get("criminalCases.sentToCourt").status()).isEqualTo(MeasureChange.Status.LATER_ONLY);
    assertThat(diff.render()).startsWith("kz-2022-04-11 (2022-04-11) → kz-2022-04-25 (2022-04-25)\n")
        .contains("CHANGED      detention[mass-riots].convicted: 168 → 243 (+75)\n");
  }

  @Test
  void theObservationsOfAMeasureAreItsFiguresInDateOrder() {
    BriefingSeries series = BriefingSeries.of(List.of(april25, april11));
    Map<String, List<Observation>> byPath = new java.util.HashMap<>();
    series.observations().forEach((m, o) -> byPath.put(m.path(), o));
    assertThat(byPath.get("detention[mass-riots].convicted")).extracting(o -> o.briefing().id(), o -> o.count().value(),
            o -> o.date().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kz-2022-04-11", 168L, "2022-04-11"),
            org.assertj.core.groups.Tuple.tuple("kz-2022-04-25", 243L, "2022-04-25"));
    assertThat(byPath.get("detention[all-suspects].inCustody")).singleElement()
        .satisfies(o -> assertThat(o.briefing()).isSameAs(series.briefings().get(1)));
    // every figure of every briefing is one observation
    long figures = series.briefings().stream().mapToLong(b -> Measures.of(b).size()).sum();
    assertThat(series.observations().values().stream().mapToLong(List::size).sum()).isEqualTo(figures);
    assertThat(series.observations()).isUnmodifiable();
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Observation(april11, null, StatedDate.of(april11.date())));
  }

  @Test
  void aFallingRunningTotalIsAWarningAndAStockMayFall() {
    Briefing may = briefing("kz-2022-05-03", LocalDate.of(2022, 5, 3), Count.exactly(200), Count.exactly(500));
    ValidationReport report = BriefingSeries.of(List.of(april25, may)).check();
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.path()).isEqualTo("detention[mass-riots].convicted");
      assertThat(v.message()).isEqualTo("detention[mass-riots].convicted, a running total, fell from 243"
          + " (2022-04-25) to 200 (2022-05-03)");
      assertThat(v.values()).containsEntry("earlierDate", "2022-04-25").containsEntry("laterDate", "2022-05-03");
    });
  }

  @Test
  void aFallMarkedAsACorrectionIsOnlyInfo() {
    Briefing may = briefing("kz-2022-05-03", LocalDate.of(2022, 5, 3), Count.exactly(200).withCorrection(true),
        Count.exactly(500));
    assertThat(BriefingSeries.of(List.of(april25, may)).check().findings()).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void twoFiguresForOneMeasureOnOneDateThatCannotBothBeTrueAreAWarning() {
    Briefing other = briefing("kz-2022-04-25-ministry", LocalDate.of(2022, 4, 25), Count.exactly(250),
        Count.exactly(585));
    ValidationReport report = BriefingSeries.of(List.of(april25, other)).check();
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CONFLICTING_FIGURES);
      assertThat(v.message()).isEqualTo("on 2022-04-25 detention[mass-riots].convicted is 243 in kz-2022-04-25 but"
          + " 250 in kz-2022-04-25-ministry");
    });
  }

  @Test
  void mixingInvestigationsOrRepeatingABriefingIsRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BriefingSeries.of(List.of(april11, elsewhere)))
        .withMessage("a series holds briefings of one investigation: \"kz-2022-04-11\" is on"
            + " \"kz-january-2022-unrest\" but \"kz-2022-04-25\" is on \"other-case\"");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BriefingSeries.of(List.of(april11, april11)))
        .withMessage("the series holds briefing \"kz-2022-04-11\" more than once");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> BriefingSeries.of(List.of()));
  }

  @Test
  void aWrongSeriesGivenOutOfOrderNamesItsEarliestBriefing() {
    // the briefings are checked as given, then again in order to say what is wrong
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BriefingSeries.of(List.of(elsewhere, april11)))
        .withMessage("a series holds briefings of one investigation: \"kz-2022-04-11\" is on"
            + " \"kz-january-2022-unrest\" but \"kz-2022-04-25\" is on \"other-case\"");
    Briefing later = Briefing.builder().from(april11).date(april25.date()).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BriefingSeries.of(List.of(april25, later, april11)))
        .withMessage("the series holds briefing \"kz-2022-04-11\" more than once");
  }

  @Test
  void aNullBriefingIsNamedAndTheSeriesKeepsWhatItWasGiven() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> BriefingSeries.of(java.util.Arrays.asList(april11, null)))
        .withMessage("the series holds a null briefing");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> BriefingSeries.of(java.util.Arrays.asList(null, april11)))
        .withMessage("the series holds a null briefing");

    List<Briefing> given = new java.util.ArrayList<>(List.of(april25, april11));
    BriefingSeries series = BriefingSeries.of(given);
    given.set(0, april11);
    given.clear();
    assertThat(series.briefings()).containsExactly(april11, april25);
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> series.briefings().set(0, april25));

    // a series given in order stays in that order, one out of order is ordered: both by date, then id
    Briefing sameDay = Briefing.builder().from(april11).id("kz-2022-04-11-b").build();
    assertThat(BriefingSeries.of(List.of(april11, sameDay, april25)).briefings())
        .containsExactly(april11, sameDay, april25);
    assertThat(BriefingSeries.of(List.of(april25, sameDay, april11)).briefings())
        .containsExactly(april11, sameDay, april25);
  }

  private static Briefing briefing(String id, LocalDate date, Count convicted, Count inCustody) {
    return Briefing.builder().id(id).date(date).jurisdiction("KZ").investigation(SeedBriefings.JANUARY_2022)
        .addDetention(DetentionStats.builder().scope(Scope.of(CaseCategory.MASS_RIOTS)).convicted(convicted).build())
        .addDetention(DetentionStats.builder().scope(SeedBriefings.ALL_SUSPECTS).inCustody(inCustody).build())
        .build();
  }

  private static Briefing sentToCourt(String id, LocalDate date, Count sent) {
    return Briefing.builder().id(id).date(date).jurisdiction("KZ").investigation(SeedBriefings.JANUARY_2022)
        .addCriminalCases(io.github.briefings.model.CriminalCases.builder().sentToCourt(sent).build()).build();
  }

  @Test
  void anOfficialsCaseIdMistypedInOneBriefingIsALoneKeyAsAScopeKeyIs() {
    List<Briefing> three = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = i == 1 ? "zhambyl-police-deputy-hea" : "zhambyl-police-deputy-head";
      three.add(Briefing.builder().id("b" + i).date(LocalDate.of(2022, 4, 11).plusDays(i)).jurisdiction("KZ")
          .investigation(SeedBriefings.JANUARY_2022).addOfficial(io.github.briefings.model.OfficialCase.builder().id(id)
              .post("former deputy head").organisation("Zhambyl Region Police Department")
              .status(io.github.briefings.model.OfficialStatus.DETAINED).allegation("allowed the theft of weapons").build())
          .build());
    }
    assertThat(BriefingSeries.of(three).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.LONE_KEY);
      assertThat(v.path()).isEqualTo("officials[zhambyl-police-deputy-hea]");
      assertThat(v.values()).containsEntry("briefing", "b1").containsEntry("near", "\"zhambyl-police-deputy-head\" (in b0, b2)");
    });
  }

  @Test
  void aMonthAndADayInItLeaveTheOrderOpenSoALowerFigureMayOnlyHaveFallen() {
    Briefing may10 = sentToCourt("may-10", LocalDate.of(2023, 5, 10), Count.exactly(310));
    Briefing june = sentToCourt("june", LocalDate.of(2023, 6, 1),
        Count.exactly(300).withAsOf(io.github.briefings.model.StatedDate.parse("2023-05")));
    ValidationReport report = BriefingSeries.of(List.of(may10, june)).check();
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).isEqualTo("criminalCases.sentToCourt, a running total, is 300 as of 2023-05 (2023-05) "
          + "and 310 (2023-05-10): the dates leave open which came first, so it may have fallen");
      assertThat(v.values()).containsEntry("earlierDate", "2023-05").containsEntry("laterDate", "2023-05-10");
    });
    // stated as of a day before, the same figure is a certain fall; as of a day after, a rise
    Briefing before = sentToCourt("june", LocalDate.of(2023, 6, 1),
        Count.exactly(300).withAsOf(io.github.briefings.model.StatedDate.parse("2023-05-31")));
    assertThat(BriefingSeries.of(List.of(may10, before)).check().findings()).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    Briefing earlier = sentToCourt("june", LocalDate.of(2023, 6, 1),
        Count.exactly(300).withAsOf(io.github.briefings.model.StatedDate.parse("2023-05-01")));
    assertThat(BriefingSeries.of(List.of(may10, earlier)).check().findings()).isEmpty();
    // stated in the briefings' order, the month first and then a higher figure on a day in it, the order is as open
    Briefing may5 = sentToCourt("may-5", LocalDate.of(2023, 5, 5),
        Count.exactly(300).withAsOf(io.github.briefings.model.StatedDate.parse("2023-05")));
    assertThat(BriefingSeries.of(List.of(may5, may10)).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.values()).containsEntry("earlierDate", "2023-05").containsEntry("laterDate", "2023-05-10");
    });
  }

  @Test
  void aFigureRepeatedAsStatedIsNoPossibleFall() {
    // "more than 35,000 rounds" in three briefings: nothing says the total fell
    List<Briefing> three = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(Briefing.builder().id("b" + i).date(LocalDate.of(2022, 4, 11).plusDays(i)).jurisdiction("KZ")
          .investigation(SeedBriefings.JANUARY_2022).addWeaponSeizure(io.github.briefings.model.WeaponSeizure.builder()
              .ammunitionRounds(Count.moreThan(35_000).withStatedAs("more than 35,000")).build()).build());
    }
    assertThat(BriefingSeries.of(three).check().findings()).isEmpty();
    // stated otherwise ("about 36,000" after "more than 35,000"), it may have fallen
    three.set(2, Briefing.builder().from(three.get(2)).weaponSeizure(List.of(io.github.briefings.model.WeaponSeizure
        .builder().ammunitionRounds(Count.about(36_000)).build())).build());
    assertThat(BriefingSeries.of(three).check().findings()).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }
}
