package io.github.briefings.validation;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.RateTable;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final Briefing seed = SeedBriefings.april11();

  @Test
  void theSeedBriefingHasNoErrorAndOneWarningWhichIsRight() {
    ValidationReport report = Validator.standard().validate(seed);
    assertThat(report.hasErrors()).isFalse();
    // 269 under arrest and 315 released from custody are 584 people, more than the 547 suspects: the
    // released may no longer be suspects, so this is worth a look but not an error.
    assertThat(report.bySeverity(Severity.WARNING)).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS);
      assertThat(v.path()).isEqualTo("detention[mass-riots].released");
      assertThat(v.message()).isEqualTo("inCustody + released (269 + 315 = 584) exceeds suspects (547)");
      assertThat(v.values()).containsExactly(Map.entry("inCustody", "269"), Map.entry("released", "315"),
          Map.entry("suspects", "547"));
    });
    // Without reference rates the stated dollar equivalent cannot be checked; the report says so.
    assertThat(report.bySeverity(Severity.INFO)).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.EQUIVALENT_MATCHES_REFERENCE);
      assertThat(v.message()).isEqualTo("no reference rate for KZT per USD on 2022-04-11 (latest within 3 days);"
          + " the equivalent was not checked");
    });
    assertThat(report.summary()).isEqualTo("0 errors, 1 warning, 1 info");
  }

  @Test
  void theSeedsDollarEquivalentIsWithinTwoPercentOfTheReferenceRate() {
    RateTable rates = RateTable.builder().add(LocalDate.of(2022, 4, 11), "USD", "KZT", "443.83157", "oxr").build();
    Validator validator = Validator.builder().policy(ValidationPolicy.defaults().withReferenceRates(rates)).build();
    assertThat(validator.validate(seed).byRule(StandardRules.EQUIVALENT_MATCHES_REFERENCE)).isEmpty();

    RateTable far = RateTable.builder().add(LocalDate.of(2022, 4, 8), "USD", "KZT", "470", "nbk").build();
    ValidationReport report = Validator.builder().policy(ValidationPolicy.defaults().withReferenceRates(far)).build()
        .validate(seed);
    assertThat(report.byRule(StandardRules.EQUIVALENT_MATCHES_REFERENCE)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.path()).isEqualTo("propertyRecoveries[0].statedEquivalent");
      assertThat(v.message()).isEqualTo("766599 USD for 340000000 KZT implies 443.5174061 KZT per USD, 5.63% below"
          + " the reference 470 KZT per USD (2022-04-08, nbk) (the rate of 2022-04-08, a fallback: the latest within"
          + " 3 days before 2022-04-11); tolerance 2%");
      assertThat(v.values()).containsEntry("deviation", "-5.63%").containsEntry("rateDate", "2022-04-08");
    });
  }

  /** A rate of an earlier day, as the policy allows, is said to be a fallback even when the equivalent fits it. */
  @Test
  void anEquivalentCheckedAgainstAnEarlierDaysRateSaysSo() {
    RateTable friday = RateTable.builder().add(LocalDate.of(2022, 4, 8), "USD", "KZT", "444", "nbk").build();
    ValidationReport within = Validator.builder().policy(ValidationPolicy.defaults().withReferenceRates(friday)
        .withRateDatePolicy(io.github.briefings.money.DatePolicy.latestWithin(3))).build().validate(seed);
    assertThat(within.byRule(StandardRules.EQUIVALENT_MATCHES_REFERENCE)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).isEqualTo("766599 USD for 340000000 KZT is within 2% of the reference 444 KZT per USD"
          + " (2022-04-08, nbk) (the rate of 2022-04-08, a fallback: the latest within 3 days before 2022-04-11)");
      assertThat(v.values()).containsEntry("rateDate", "2022-04-08");
    });
    ValidationReport exact = Validator.builder().policy(ValidationPolicy.defaults().withReferenceRates(friday)
        .withRateDatePolicy(io.github.briefings.money.DatePolicy.exactDate())).build().validate(seed);
    assertThat(exact.byRule(StandardRules.EQUIVALENT_MATCHES_REFERENCE)).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("the equivalent was not checked"));
  }

  @Test
  void anOpenEndedFigureNeverCertainlyViolatesAnUpperBound() {
    Briefing rounds = Briefing.builder().from(seed).weaponSeizure(List.of()).addWeaponSeizure(WeaponSeizure.builder()
        .seized(Count.atMost(40_000)).voluntarilySurrendered(Count.moreThan(35_000)).build()).build();
    ValidationReport report = Validator.standard().validate(rounds);
    assertThat(report.byRule(StandardRules.SURRENDERED_WITHIN_SEIZED)).singleElement().satisfies(v -> {
      assertThat(v.undetermined()).isTrue();
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("cannot tell whether voluntarilySurrendered (more than 35000) is at most"
          + " seized (at most 40000): the figures allow [35001, ∞) against [0, 40000]");
    });
  }

  /**
   * Each part of an overlapping breakdown is at most the total on its own: one part above it is an
   * error, one that may be above it is undetermined, and each is named by its key.
   */
  @Test
  void eachPartOfAnOverlappingBreakdownIsComparedWithTheTotalOnItsOwn() {
    Briefing overlapping = Briefing.builder().from(seed).weaponSeizure(List.of()).addWeaponSeizure(WeaponSeizure
        .builder().seized(Count.exactly(100)).byType(Breakdown.builder(WeaponType.VOCABULARY)
            .put(WeaponType.PISTOL, Count.exactly(120))
            .put(WeaponType.RIFLE, Count.moreThan(90))
            .put(WeaponType.SPECIAL_RIFLE, Count.exactly(100))
            .coverage(Breakdown.Coverage.OVERLAPPING).build())
        .build()).build();
    assertThat(Validator.standard().validate(overlapping).byRule(StandardRules.TYPES_WITHIN_SEIZED))
        .satisfiesExactlyInAnyOrder(v -> {
          assertThat(v.path()).isEqualTo("weaponSeizure.byType[pistol]");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.message()).isEqualTo("byType[pistol] (120) exceeds seized (100)");
        }, v -> {
          assertThat(v.path()).isEqualTo("weaponSeizure.byType[rifle]");
          assertThat(v.undetermined()).isTrue();
          assertThat(v.message()).isEqualTo("cannot tell whether byType[rifle] (more than 90) is at most seized (100):"
              + " the figures allow [91, ∞) against [100, 100]");
        });
  }

  /**
   * Sentences broken down with overlaps may count a person under two kinds: each kind on its own is
   * compared with the convicted, not the custodial and non-custodial groups' sums.
   */
  @Test
  void eachKindOfAnOverlappingSentenceBreakdownIsComparedWithTheConvictedOnItsOwn() {
    DetentionStats d = seed.detention().get(0);
    Briefing overlapping = Briefing.builder().from(seed).detention(List.of(DetentionStats.builder().from(d)
        .convicted(Count.exactly(100)).sentenced(Count.exactly(100)).sentencesByKind(
            Breakdown.builder(SentenceKind.VOCABULARY)
                .put(SentenceKind.IMPRISONMENT, Count.exactly(101))
                .put(SentenceKind.PROBATION, Count.moreThan(90))
                .put(SentenceKind.FINE, Count.exactly(100))
                .put(SentenceKind.COMMUNITY_SERVICE, Count.exactly(100))
                .coverage(Breakdown.Coverage.OVERLAPPING).build())
        .build())).build();
    assertThat(Validator.standard().validate(overlapping).byRule(StandardRules.SENTENCE_GROUPS_WITHIN_CONVICTED))
        .satisfiesExactlyInAnyOrder(v -> {
          assertThat(v.path()).isEqualTo("detention[mass-riots].sentencesByKind[imprisonment]");
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.message()).isEqualTo("sentencesByKind[imprisonment] (101) exceeds convicted (100)");
        }, v -> {
          assertThat(v.path()).isEqualTo("detention[mass-riots].sentencesByKind[probation]");
          assertThat(v.undetermined()).isTrue();
          assertThat(v.message()).isEqualTo("cannot tell whether sentencesByKind[probation] (more than 90) is at most"
              + " convicted (100): the figures allow [91, ∞) against [100, 100]");
        });
  }

  @Test
  void anUndeterminedErrorRuleIsReportedAsAWarningAndAnApproximateFigureUsesThePolicyTolerance() {
    Briefing about = Briefing.builder().from(seed).weaponSeizure(List.of()).addWeaponSeizure(WeaponSeizure.builder()
        .seized(Count.about(1_000)).byType(io.github.briefings.model.Breakdown.builder(io.github.briefings.model.WeaponType.VOCABULARY)
            .put(io.github.briefings.model.WeaponType.PISTOL, Count.exactly(1_050)).build())
        .build()).build();
    assertThat(Validator.standard().validate(about).byRule(StandardRules.TYPES_WITHIN_SEIZED))
        .singleElement().satisfies(v -> {
          assertThat(v.severity()).isEqualTo(Severity.WARNING);
          assertThat(v.undetermined()).isTrue();
        });
    Validator strict = Validator.builder().policy(ValidationPolicy.defaults()
        .withApproximation(io.github.briefings.model.Tolerance.percent(2))).build();
    assertThat(strict.validate(about).byRule(StandardRules.TYPES_WITHIN_SEIZED)).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void severitiesCanBeOverriddenAndRulesSwitchedOff() {
    Validator quiet = Validator.builder()
        .severity(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, Severity.INFO)
        .disable(StandardRules.EQUIVALENT_MATCHES_REFERENCE)
        .build();
    ValidationReport report = quiet.validate(seed);
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS);
      assertThat(v.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(quiet.rules()).extracting(Rule::id).doesNotContain(StandardRules.EQUIVALENT_MATCHES_REFERENCE);
  }

  @Test
  void duplicateRuleIdsAndUnknownOverridesAreRefused() {
    Rule mine = Rule.of(StandardRules.TRIAL_WITHIN_SUSPECTS, Severity.INFO, "a copy", (b, f) -> { });
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Validator.builder().addRule(mine).build())
        .withMessage("two rules have the id \"detention.trial-within-suspects\"");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.builder().disable("no.such-rule").build())
        .withMessage("cannot disable \"no.such-rule\": no rule has that id");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.builder().severity("no.such-rule", Severity.INFO).build())
        .withMessage("cannot override the severity of \"no.such-rule\": no rule has that id");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.of("Bad Id", Severity.INFO, "x", (b, f) -> { }))
        .withMessageContaining("\"Bad Id\"");
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule broken = Rule.of("acme.broken", Severity.INFO, "throws", (b, f) -> {
      throw new IllegalStateException("boom");
    });
    ValidationReport report = Validator.builder().addRule(broken).build().validate(seed);
    assertThat(report.byRule("acme.broken")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("the rule failed and its checks are incomplete: java.lang.IllegalStateException: boom");
    });
    assertThat(report.byRule(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS)).hasSize(1);
  }

  @Test
  void aUserRuleWrittenAsALambdaReportsAtItsSeverity() {
    Rule evidence = Rule.of("acme.conviction-evidence", Severity.WARNING, "convictions cite evidence",
        (b, f) -> b.detention().forEach(d -> {
          if (d.convicted().isPresent() && d.convictionEvidence().isEmpty()) {
            f.violated("detention.convicted", "no evidence cited", Map.of());
          }
        }));
    Briefing noEvidence = Briefing.builder().from(seed).detention(java.util.List.of(
        io.github.briefings.model.DetentionStats.builder().convicted(Count.exactly(3)).build())).build();
    Validator validator = Validator.builder().addRule(evidence).build();
    assertThat(validator.validate(seed).byRule("acme.conviction-evidence")).isEmpty();
    assertThat(validator.validate(noEvidence).byRule("acme.conviction-evidence")).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void rulesListedInMetaInfServicesAreDiscovered() {
    Validator validator = Validator.builder().addDiscoveredRules(getClass().getClassLoader()).build();
    assertThat(validator.rules()).extracting(Rule::id).contains(TestRuleProvider.RULE_ID);
    assertThat(validator.validate(seed).byRule(TestRuleProvider.RULE_ID)).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("the briefing is provisional"));
  }

  @Test
  void theReportRendersOneLinePerFindingAndASummary() {
    assertThat(Validator.standard().validate(seed).render()).isEqualTo(
        "WARNING detention.custody-and-released-within-suspects at detention[mass-riots].released:"
            + " inCustody + released (269 + 315 = 584) exceeds suspects (547)\n"
            + "INFO property.stated-equivalent-matches-reference at propertyRecoveries[0].statedEquivalent:"
            + " no reference rate for KZT per USD on 2022-04-11 (latest within 3 days); the equivalent was not checked\n"
            + "0 errors, 1 warning, 1 info\n");
  }
}
