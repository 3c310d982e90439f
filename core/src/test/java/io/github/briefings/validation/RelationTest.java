package io.github.briefings.validation;

import io.github.briefings.series.SeriesRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.InvalidValueException;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Unit;
import io.github.briefings.series.BriefingSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures and relations of the user's own, on the real examples of the issue that asked for them. */
class RelationTest {
  static final Relation REDUCED_WITHIN_CONVICTED = Relation.builder("own.reduced-within-convicted")
      .severity(Severity.WARNING).description("sentences reduced ≤ convicted")
      .in("detention").sumOf("sentencesReduced").atMost("convicted");
  static final Relation CHARGED_WITHIN_DETAINED = Relation.builder("own.charged-within-detained")
      .in("detention").sumOf("charged").atMost("detained");
  static final Relation REGION_WITHIN_WHOLE = Relation.builder("own.region-within-whole").severity(Severity.ERROR)
      .in("criminalCases").sumOf("sentToCourt").toParent().atMost("sentToCourt");
  static final Declarations OWN = Declarations.of(List.of(RealFacts.SENTENCES_REDUCED, RealFacts.OFFICER_SHIFTS),
      List.of(REDUCED_WITHIN_CONVICTED, CHARGED_WITHIN_DETAINED, REGION_WITHIN_WHOLE));

  private static ValidationReport validate(Briefing b) {
    return Validator.builder().withoutStandardRules().addRules(OWN.rules()).build().validate(b);
  }

  @Test
  void figuresThatNoSectionHasAreRecordedWithPathsAndFollowedInSeries() {
    Briefing b = RealFacts.ownMeasures(2_000);
    assertThat(b.figures()).containsEntry("detention.sentencesReduced",
            Count.exactly(1_001).withStatedAs("1,001 sentences were reduced"))
        .containsEntry("criminalCases.casesHandled", Count.exactly(4_849))
        .containsEntry("damage.businessesAffected", Count.exactly(1_923))
        .containsEntry("measures.officerShifts", Count.exactly(40_000));
    assertThat(Validator.standard().validate(b).findings()).isEmpty();
    // a cumulative measure of one's own that falls is found like a declared one
    Briefing later = Briefing.builder().from(b).id("later").date(LocalDate.of(2023, 2, 1))
        .ownFigures(List.of(OwnFigure.of("sentencesReduced", Count.exactly(900)))).build();
    assertThat(BriefingSeries.of(List.of(b, later)).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.path()).isEqualTo("detention.sentencesReduced");
    });
    // and two briefings of one day that state it differently conflict, as a declared figure would
    Briefing sameDay = Briefing.builder().from(later).id("same-day").date(b.date()).build();
    assertThat(BriefingSeries.of(List.of(b, sameDay)).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CONFLICTING_FIGURES);
      assertThat(v.path()).isEqualTo("detention.sentencesReduced");
    });
  }

  @Test
  void aRelationHoldsIsViolatedOrIsUndetermined() {
    assertThat(validate(RealFacts.ownMeasures(2_000)).findings()).isEmpty();
    assertThat(validate(RealFacts.ownMeasures(900)).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("own.reduced-within-convicted");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.undetermined()).isFalse();
      assertThat(v.path()).isEqualTo("detention.sentencesReduced");
      assertThat(v.message()).isEqualTo("sentencesReduced (1001) exceeds convicted (900)");
    });
    Briefing about = Briefing.builder().from(RealFacts.ownMeasures(1_000))
        .ownFigures(List.of(OwnFigure.of("sentencesReduced", Count.about(1_000)))).build();
    assertThat(validate(about).findings()).singleElement().satisfies(v -> assertThat(v.undetermined()).isTrue());
  }

  @Test
  void aRelationToTheParentScopeReadsTheRightSideThere() {
    // "288 cases sent to court, 208 of them in Almaty", and a region stated above its whole
    assertThat(validate(RealFacts.subScopes(208)).findings()).isEmpty();
    assertThat(validate(RealFacts.subScopes(300)).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("own.region-within-whole");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("criminalCases[almaty].sentToCourt (300) exceeds criminalCases.sentToCourt (288)");
    });
  }

  @Test
  void theRelationsAreRulesThatCanBeReSeveritiedAndDisabled() {
    Validator v = Validator.builder().withoutStandardRules().addRules(OWN.rules())
        .severity("own.reduced-within-convicted", Severity.ERROR).disable("own.region-within-whole").build();
    assertThat(v.validate(RealFacts.ownMeasures(900)).findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(v.validate(RealFacts.subScopes(300)).findings()).isEmpty();
    assertThat(REDUCED_WITHIN_CONVICTED).hasToString("own.reduced-within-convicted: sentencesReduced ≤ convicted");
    assertThat(REGION_WITHIN_WHOLE.description()).isEqualTo("sentToCourt ≤ sentToCourt of the parent scope");
  }

  @Test
  void badDeclarationsAreRefusedNamingTheDeclarationAndTheProblem() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Declarations.of(List.of(), List.of(REDUCED_WITHIN_CONVICTED)))
        .withMessage("invalid declarations: relation own.reduced-within-convicted names no figure of detention: "
            + "\"sentencesReduced\"");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Declarations.of(List.of(), List.of(Relation.builder("own.mixed").in("weaponSeizure")
            .sumOf("ammunitionRounds").atMost("seized"))))
        .withMessage("invalid declarations: relation own.mixed relates figures of different units: [ROUNDS, WEAPONS]");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Declarations.of(List.of(RealFacts.SENTENCES_REDUCED, RealFacts.SENTENCES_REDUCED),
            List.of(REDUCED_WITHIN_CONVICTED, REDUCED_WITHIN_CONVICTED)))
        .withMessage("invalid declarations: measure sentencesReduced is declared twice; "
            + "relation own.reduced-within-convicted is declared twice");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Declarations.of(List.of(), List.of(Relation.builder("own.nowhere").in("parliament")
            .sumOf("a").atMost("b"))))
        .withMessage("invalid declarations: relation own.nowhere names no section: \"parliament\"");
    assertThat(Declarations.of(List.of(), List.of(Relation.builder("own.kinds").in("detention")
        .sumOf("sentencesByKind[fine]").atMost("convicted"))).relations()).hasSize(1);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OwnMeasure.of("convicted", "convicted", Unit.PERSONS, FigureKind.CUMULATIVE).inSection("detention"))
        .withMessageContaining("id is the name of a figure detention declares: \"convicted\"");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OwnMeasure.of("officer-shifts", "officer shifts", Unit.SHIFTS, FigureKind.NEITHER))
        .withMessageContaining("id must be a figure name");
  }

  @Test
  void aBriefingRefusesAFigureOfAnUndeclaredMeasureOrAMissingScope() {
    Briefing.Builder seed = Briefing.builder().from(SeedBriefings.april11());
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> seed.addOwnFigures(OwnFigure.of("sentencesReduced", Count.exactly(1))).build())
        .withMessageContaining("ownFigures[0].measure names no measure of ownMeasures: \"sentencesReduced\"");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(SeedBriefings.april11()).addOwnMeasures(RealFacts.SENTENCES_REDUCED)
            .addOwnFigures(OwnFigure.of("sentencesReduced", Count.exactly(1)).inScope("terrorism")).build())
        .withMessageContaining("ownFigures[0].scope names no scope of detention: \"terrorism\"");
    Briefing scoped = Briefing.builder().from(SeedBriefings.april11()).addOwnMeasures(RealFacts.SENTENCES_REDUCED)
        .addOwnFigures(OwnFigure.of("sentencesReduced", Count.exactly(1)).inScope("mass-riots")).build();
    assertThat(scoped.figures()).containsKey("detention[mass-riots].sentencesReduced");
    assertThat(scoped.detention().get(0)).isInstanceOf(DetentionStats.class);
  }

  @Test
  void theStandardRulesThatArePlainRelationsAreDeclaredAsUsersDeclareTheirs() {
    Declarations standard = Declarations.of(List.of(), StandardRules.relations());
    assertThat(standard.relations()).extracting(Relation::id).containsExactly(
        StandardRules.CUSTODY_WITHIN_SUSPECTS, StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS,
        StandardRules.TRIAL_WITHIN_SUSPECTS, StandardRules.CHARGED_WITHIN_SUSPECTS, StandardRules.VERDICTS_WITHIN_TRIAL,
        StandardRules.PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, StandardRules.SENTENCED_WITHIN_CONVICTED,
        StandardRules.LEADERS_WITHIN_MEMBERS, StandardRules.SURRENDERED_WITHIN_SEIZED,
        StandardRules.RECOVERED_WITHIN_STOLEN);
    // and they are the standard rules of those ids: one mechanism
    for (Relation r : StandardRules.relations()) {
      Rule rule = StandardRules.all().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
      assertThat(rule.description()).isEqualTo(r.description());
      assertThat(rule.defaultSeverity()).isEqualTo(r.severity());
    }
    assertThat(StandardRules.relations().get(1).reportAt()).contains("released");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Relation.builder("own.x").in("detention").sumOf("charged").reportAt("convicted").atMost("suspects"))
        .withMessage("relation own.x reports at convicted, which is not on its left");
  }

  @Test
  void aFigureOfOnesOwnMayBeBrokenDownAndRelationsNameItsParts() {
    // illustrative: the officer shifts of the example, broken down in part by region
    io.github.briefings.model.Breakdown<io.github.briefings.model.Region, Count> byRegion =
        io.github.briefings.model.Breakdown.builder(io.github.briefings.model.Region.VOCABULARY)
            .put(io.github.briefings.model.Region.of("almaty", "Almaty"), Count.exactly(15_000)).build();
    Briefing b = Briefing.builder().from(RealFacts.ownMeasures(2_000)).ownFigures(List.of(
        OwnFigure.of("officerShifts", Count.exactly(40_000)).withBreakdown(byRegion))).build();
    assertThat(b.figures()).containsEntry("measures.officerShifts[almaty]", Count.exactly(15_000));
    assertThat(Validator.standard().validate(b).findings()).isEmpty();
    Relation almaty = Relation.builder("own.almaty-shifts").in(OwnMeasure.NO_SECTION).sumOf("officerShifts[almaty]")
        .atMost("officerShifts");
    Declarations.of(List.of(RealFacts.OFFICER_SHIFTS), List.of(almaty));
    assertThat(Validator.builder().withoutStandardRules().addRule(almaty.rule()).build().validate(b).findings()).isEmpty();
    Briefing over = Briefing.builder().from(b).ownFigures(List.of(OwnFigure.of("officerShifts", Count.exactly(10_000))
        .withBreakdown(byRegion))).build();
    assertThat(Validator.standard().validate(over).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.OWN_PARTS_WITHIN_TOTAL);
      assertThat(v.path()).isEqualTo("measures.officerShifts");
    });
  }
}
