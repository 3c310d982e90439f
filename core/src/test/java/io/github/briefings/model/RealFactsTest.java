package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import org.junit.jupiter.api.Test;

/** The real facts of the issue "Real briefings fit" are recorded without free text, and validate as a careful reader would. */
class RealFactsTest {
  private static final Validator VALIDATOR = Validator.standard();

  @Test
  void anInstitutionSpeaksInItsOwnName() {
    Briefing b = RealFacts.institutionSpeaks();
    Speaker ministry = b.speaker("industry-ministry").orElseThrow();
    assertThat(ministry.isInstitution()).isTrue();
    assertThat(ministry.name()).isEmpty();
    assertThat(ministry.position()).isEmpty();
    assertThat(ministry).hasToString("Ministry of Industry and Infrastructure Development of Kazakhstan");
    assertThat(b.statements().get(0).attribution()).contains("industry-ministry");
    assertThat(RealFacts.officeSpeaks().speakers()).containsExactly(RealFacts.US_ATTORNEY);
    assertThat(VALIDATOR.validate(b).findings()).isEmpty();
  }

  @Test
  void twoStatementsOfOneFigureAreOneFigureAndAWarningNamingBoth() {
    Briefing b = RealFacts.twoStatementsOfOneFigure();
    Count imprisoned = b.figures().get("detention.sentencesByKind[imprisonment]");
    assertThat(imprisoned.statements()).extracting(Count::value).containsExactly(92L, 93L);
    assertThat(imprisoned.interval(Tolerance.DEFAULT)).isEqualTo(Interval.of(92, 93));
    assertThat(imprisoned).hasToString("92 / 93");
    ValidationReport report = VALIDATOR.validate(b);
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.CONFLICTING_STATEMENTS);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.path()).isEqualTo("detention.sentencesByKind[imprisonment]");
      assertThat(v.message()).contains("92 (\"92 sentenced to imprisonment\")", "93 (\"93 sentenced to imprisonment\")");
      assertThat(v.values()).containsOnlyKeys("statement 1", "statement 2");
    });
  }

  @Test
  void statementsThatCanAgreeAreNoConflict() {
    Count about = Count.about(90).withAlsoStated(Count.exactly(93));
    Briefing b = Briefing.builder().from(RealFacts.twoStatementsOfOneFigure()).detention(java.util.List.of(
        DetentionStats.builder()
            .sentencesByKind(Breakdown.builder(SentenceKind.VOCABULARY).put(SentenceKind.IMPRISONMENT, about).build()).build())).build();
    assertThat(VALIDATOR.validate(b).findings()).isEmpty();
  }

  @Test
  void aStatementOfAStatementIsRefusedAndSoIsAnUnknownSpeaker() {
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Count.exactly(1).withAlsoStated(Count.exactly(2).withAlsoStated(Count.exactly(3))))
        .withMessageContaining("alsoStated[0] has statements of its own");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(RealFacts.twoStatementsOfOneFigure()).detention(java.util.List.of(
            DetentionStats.builder().convicted(Count.exactly(1).withAlsoStated(Count.exactly(2).withAttribution("nobody")))
                .build())).build())
        .withMessageContaining("detention.convicted.alsoStated[0].attribution names no speaker of the briefing: \"nobody\"");
  }

  @Test
  void aFigureOfASubScopeIsCheckedAgainstItsParent() {
    assertThat(VALIDATOR.validate(RealFacts.subScopes(208)).findings()).isEmpty();
    Briefing broken = RealFacts.subScopes(300);
    CriminalCases almaty = broken.criminalCases().get(1);
    assertThat(CriminalCases.SECTION.parent(broken, almaty)).contains(broken.criminalCases().get(0));
    assertThat(almaty.scope().orElseThrow()).hasToString("almaty within (whole)");
    assertThat(VALIDATOR.validate(broken).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.SUB_SCOPE_WITHIN_PARENT);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("criminalCases[almaty].sentToCourt");
      assertThat(v.message()).isEqualTo("criminalCases[almaty].sentToCourt (300) exceeds criminalCases.sentToCourt (288)");
    });
  }

  @Test
  void aParentScopeMustBeARecordOfTheSectionAndScopesNoCycle() {
    Briefing.Builder base = Briefing.builder().from(RealFacts.subScopes(208)).criminalCases(java.util.List.of());
    CriminalCases orphan = CriminalCases.builder().scope(Scope.described("almaty", "Almaty").within("nowhere")).build();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(base.build()).addCriminalCases(orphan).build())
        .withMessageContaining("criminalCases[almaty].scope.parent names no scope of criminalCases: \"nowhere\"");
    CriminalCases inWhole = CriminalCases.builder().scope(Scope.described("almaty", "Almaty").within(Scope.WHOLE)).build();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(base.build()).addCriminalCases(inWhole).build())
        .withMessageContaining("criminalCases[almaty].scope.parent is the record without a scope, which criminalCases does not have");
    CriminalCases a = CriminalCases.builder().scope(Scope.described("a", "A").within("b")).build();
    CriminalCases b = CriminalCases.builder().scope(Scope.described("b", "B").within("a")).build();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(base.build()).addCriminalCases(a, b).build())
        .withMessageContaining("criminalCases scopes lie within each other in a cycle: a → b → a");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Scope.described("a", "A").within("a")).withMessageContaining("parent must be another scope");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Scope.described("a", "A").within("Not A Slug")).withMessageContaining("parent must be a lowercase slug");
  }

  @Test
  void breakdownsStateTheirCoverageAndOverlapAndTheRulesUseThem() {
    Briefing b = RealFacts.breakdowns(java.util.Optional.empty(), 4_642);
    Breakdown<SentenceKind, Count> sentences = b.detention().get(0).sentencesByKind();
    assertThat(sentences.coverage()).isEqualTo(Breakdown.Coverage.OVERLAPPING);
    assertThat(sentences.overlap()).contains(Count.exactly(15).withStatedAs("15 of them both"));
    assertThat(b.criminalCases().get(0).casesByCategory().coverage()).isEqualTo(Breakdown.Coverage.PARTIAL);
    assertThat(b.figures()).containsKey("criminalCases.casesByCategory[looting-and-robbery]");
    assertThat(VALIDATOR.validate(b).findings()).isEmpty();
    // with 420 sentenced, the overlap makes the kinds fit: (about 277 + about 113) − 15 is 335 to 415
    assertThat(VALIDATOR.validate(RealFacts.breakdowns(java.util.Optional.of(Count.exactly(420)), 4_642)).findings())
        .isEmpty();
    // 300 sentenced cannot hold them, even less their overlap
    assertThat(VALIDATOR.validate(RealFacts.breakdowns(java.util.Optional.of(Count.exactly(300)), 4_642)).findings())
        .filteredOn(v -> v.severity() == Severity.ERROR).singleElement().satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo(StandardRules.SENTENCES_BY_KIND_WITHIN_SENTENCED);
          assertThat(v.path()).isEqualTo("detention.sentencesByKind");
          assertThat(v.message()).startsWith("sentencesByKind[imprisonment] + sentencesByKind[home-detention] "
              + "(about 277 + about 113, that is [350, 430]) less sentencesByKind.overlap (15) exceeds sentenced (300)");
        });
    // the categories add up to 3,600 to 4,100 cases: more than 3,000
    assertThat(VALIDATOR.validate(RealFacts.breakdowns(java.util.Optional.empty(), 3_000)).findings())
        .singleElement().satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo(StandardRules.CATEGORIES_WITHIN_TOTAL);
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.path()).isEqualTo("criminalCases.casesByCategory");
        });
  }

  @Test
  void weaponsByProvenanceOfANarrowerScopeAreNoFallFromAllWeaponsSeized() {
    Briefing recovered = RealFacts.weaponsByProvenance();
    assertThat(recovered.figures()).containsKeys("weaponSeizure[stolen-recovered].byProvenance[service]",
        "weaponSeizure[stolen-recovered].byProvenance[civilian]");
    assertThat(VALIDATOR.validate(recovered).findings()).isEmpty();
    // 1,430 weapons seized on 11 April, 860 stolen weapons recovered on 1 June: two measures, no fall
    io.github.briefings.series.BriefingSeries series = io.github.briefings.series.BriefingSeries.of(
        java.util.List.of(io.github.briefings.fixtures.SeedBriefings.april11(), recovered));
    assertThat(series.check().findings()).isEmpty();
    // forced into one measure, as the first format had to, the same figures are a fall
    Briefing unscoped = Briefing.builder().from(recovered).weaponSeizure(java.util.List.of(WeaponSeizure.builder()
        .from(recovered.weaponSeizure().get(0)).scope(java.util.Optional.empty()).build())).build();
    assertThat(io.github.briefings.series.BriefingSeries.of(java.util.List.of(
        io.github.briefings.fixtures.SeedBriefings.april11(), unscoped)).check().findings())
        .extracting(Finding::path).contains("weaponSeizure.seized");
    // more by provenance than seized is an error
    Briefing more = Briefing.builder().from(recovered).weaponSeizure(java.util.List.of(WeaponSeizure.builder()
        .from(recovered.weaponSeizure().get(0)).seized(Count.exactly(800)).build())).build();
    assertThat(VALIDATOR.validate(more).findings()).singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo(StandardRules.PROVENANCE_WITHIN_SEIZED));
  }

  @Test
  void theDeadBrokenDownByGroupAndPartlyByRegionAreCheckedAgainstOneTotal() {
    Briefing b = RealFacts.casualties(150);
    assertThat(b.figures()).containsKeys("casualties.dead", "casualties.deadByGroup[security-forces]",
        "casualties.deadByRegion[almaty]", "casualties.injured");
    assertThat(VALIDATOR.validate(b).findings()).isEmpty();
    // the regions are partial: 150 + 20 of 230 is fine, 220 + 20 is not
    assertThat(VALIDATOR.validate(RealFacts.casualties(220)).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.CASUALTY_PARTS_WITHIN_TOTAL);
      assertThat(v.path()).isEqualTo("casualties.deadByRegion");
      assertThat(v.message()).isEqualTo("deadByRegion[almaty] + deadByRegion[almaty-region] (220 + 20 = 240) exceeds dead (230)");
    });
  }

  @Test
  void damageWithQualifiersPartsAndEquivalentsThatAgree() {
    Briefing b = RealFacts.damage("188400000");
    Damage d = b.damage().get(0);
    assertThat(d.total().orElseThrow().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(d.byParty().coverage()).isEqualTo(Breakdown.Coverage.EXHAUSTIVE);
    // 54.6 + 82.2 is exactly 136.8 billion; the three equivalents imply 436.2 to 436.5 tenge per dollar
    assertThat(VALIDATOR.validate(b).findings()).allSatisfy(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.EQUIVALENT_MATCHES_REFERENCE);
      assertThat(v.severity()).isEqualTo(Severity.INFO); // no reference rates were given
    });
    assertThat(VALIDATOR.validate(RealFacts.damageMoreThan()).findings()).isEmpty();
    assertThat(RealFacts.damageMoreThan().damage().get(0).total().orElseThrow())
        .hasToString("more than 2800000 USD");
  }

  @Test
  void anEstimateFromOctober2022RepeatedInJanuary2024KeepsItsDate() {
    Damage october = RealFacts.damage("188400000").damage().get(0);
    StatedAmount repeated = october.total().orElseThrow().withAsOf(StatedDate.parse("2022-10"));
    Briefing january = Briefing.builder().id("kz-2024-01-05").date(java.time.LocalDate.of(2024, 1, 5))
        .jurisdiction("KZ").investigation(io.github.briefings.fixtures.SeedBriefings.JANUARY_2022)
        .addSpeaker(RealFacts.INDUSTRY_MINISTRY).addDamage(Damage.builder().total(repeated).build()).build();
    assertThat(january.damage().get(0).total().orElseThrow().asOf()).contains(StatedDate.parse("2022-10"));
    // its equivalent is checked at the rate of October 2022, not of January 2024
    assertThat(VALIDATOR.validate(january).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.EQUIVALENT_MATCHES_REFERENCE);
      assertThat(v.message()).contains(" on 2022-10-31 ");
    });
  }

  @Test
  void anEquivalentThatDisagreesWithTheOthersOfItsBriefingIsAWarning() {
    // $168.4 million for 82.2 billion tenge implies 488 tenge per dollar, 11.9% from the total's 436.2
    assertThat(VALIDATOR.validate(RealFacts.damage("168400000")).findings())
        .filteredOn(v -> v.severity() != Severity.INFO).singleElement().satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo(StandardRules.EQUIVALENTS_CONSISTENT);
          assertThat(v.severity()).isEqualTo(Severity.WARNING);
          assertThat(v.path()).isEqualTo("damage.byParty[businesses].statedEquivalent");
          assertThat(v.values()).containsEntry("otherPath", "damage.total.statedEquivalent");
        });
  }

  @Test
  void damagePartsBeyondTheTotalAreAnError() {
    Briefing b = RealFacts.damage("188400000");
    Damage d = b.damage().get(0);
    Briefing more = Briefing.builder().from(b).damage(java.util.List.of(Damage.builder().from(d)
        .byParty(d.byParty().toBuilder().put(DamagedParty.INDIVIDUALS,
            StatedAmount.exactly(io.github.briefings.money.Money.of("40000000000", "KZT"))).build()).build())).build();
    assertThat(VALIDATOR.validate(more).findings()).filteredOn(v -> v.severity() == Severity.ERROR).singleElement()
        .satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo(StandardRules.DAMAGE_PARTS_WITHIN_TOTAL);
          assertThat(v.path()).isEqualTo("damage.byParty");
          assertThat(v.message()).endsWith("differs from total (about 136800000000 KZT (313600000 USD))");
        });
    // partial, the same parts still exceed the total: at least 0.9 × (54.6 + 82.2) + 40 = 163.1 billion,
    // above the 1.1 × 136.8 = 150.5 billion that "about 136.8 billion" allows
    Briefing partial = Briefing.builder().from(more).damage(java.util.List.of(Damage.builder().from(more.damage().get(0))
        .byParty(more.damage().get(0).byParty().toBuilder().coverage(Breakdown.Coverage.PARTIAL).build()).build())).build();
    assertThat(VALIDATOR.validate(partial).byRule(StandardRules.DAMAGE_PARTS_WITHIN_TOTAL)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains(" exceeds total "));
  }

  @Test
  void aPersonsPositionMayBeUnknownAndAnOfficialUnnamed() {
    Speaker unknownPost = Speaker.builder().id("nurlanov").name("A. Nurlanov").organisation("Akimat of Almaty").build();
    assertThat(unknownPost.isInstitution()).isFalse();
    assertThat(unknownPost).hasToString("A. Nurlanov (Akimat of Almaty)");
    Speaker spokesperson = Speaker.builder().id("spokesperson").position("Spokesperson").organisation("Almaty Police").build();
    assertThat(spokesperson.isInstitution()).isFalse();
    assertThat(spokesperson).hasToString("Spokesperson (Almaty Police)");
  }
}
