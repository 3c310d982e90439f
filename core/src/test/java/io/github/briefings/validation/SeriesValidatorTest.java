package io.github.briefings.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Tolerance;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.SeriesRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Series rules are rules: severities, disabling, discovery, policy and failures, as for briefings. */
class SeriesValidatorTest {
  private static Briefing convicted(String id, LocalDate date, Count convicted) {
    return Briefing.builder().id(id).date(date).jurisdiction("KZ").investigation(SeedBriefings.JANUARY_2022)
        .addDetention(DetentionStats.builder().scope(Scope.of(CaseCategory.MASS_RIOTS)).convicted(convicted).build())
        .build();
  }

  private static final BriefingSeries FALL = BriefingSeries.of(List.of(
      convicted("a", LocalDate.of(2022, 4, 11), Count.exactly(300)),
      convicted("b", LocalDate.of(2022, 4, 25), Count.exactly(200))));

  @Test
  void theStandardSeriesRulesAreRunAndListed() {
    SeriesValidator standard = SeriesValidator.standard();
    assertThat(standard.rules()).extracting(SeriesRule::id)
        .containsExactly(SeriesRules.CONFLICTING_FIGURES, SeriesRules.CUMULATIVE_FALL, SeriesRules.LONE_KEY);
    assertThat(standard.validate(FALL).findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.CUMULATIVE_FALL);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(FALL.check()).isEqualTo(standard.validate(FALL));
  }

  @Test
  void aSeriesRuleCanBeGivenAnotherSeverityOrSwitchedOff() {
    ValidationReport error = SeriesValidator.builder().severity(SeriesRules.CUMULATIVE_FALL, Severity.ERROR).build()
        .validate(FALL);
    assertThat(error.findings()).singleElement().satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    assertThat(SeriesValidator.builder().disable(SeriesRules.CUMULATIVE_FALL).build().validate(FALL).findings())
        .isEmpty();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SeriesValidator.builder().disable("series.no-such-rule").build())
        .withMessage("cannot disable \"series.no-such-rule\": no rule has that id");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SeriesValidator.builder().severity("series.no-such-rule", Severity.INFO).build())
        .withMessageContaining("no rule has that id");
  }

  @Test
  void theToleranceComesFromThePolicy() {
    BriefingSeries approximate = BriefingSeries.of(List.of(
        convicted("a", LocalDate.of(2022, 4, 11), Count.about(300)),
        convicted("b", LocalDate.of(2022, 4, 25), Count.exactly(280))));
    // about 300 within 5% may be 285: 280 is certainly lower; within 10% it may be 270, so only possibly
    ValidationReport narrow = SeriesValidator.builder()
        .policy(ValidationPolicy.defaults().withApproximation(Tolerance.percent(5))).build().validate(approximate);
    ValidationReport wide = SeriesValidator.builder()
        .policy(ValidationPolicy.defaults().withApproximation(Tolerance.percent(10))).build().validate(approximate);
    assertThat(narrow.findings()).singleElement().satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    assertThat(wide.findings()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).contains("may have fallen");
    });
  }

  @Test
  void rulesOfOnesOwnAreAddedOrDiscoveredAndAFailingRuleIsAnError() {
    SeriesRule failing = SeriesRule.of("acme.broken", Severity.WARNING, "always throws", (s, f) -> {
      throw new IllegalStateException("boom");
    });
    BriefingSeries one = BriefingSeries.of(List.of(SeedBriefings.april11()));
    ValidationReport report = SeriesValidator.builder().withoutStandardRules().addRule(failing)
        .addDiscoveredRules(getClass().getClassLoader()).build().validate(one);
    assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("acme.broken", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple(TestSeriesRuleProvider.RULE_ID, Severity.INFO));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SeriesValidator.builder().addRule(failing).addRule(failing).build())
        .withMessage("two rules have the id \"acme.broken\"");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SeriesRule.of("Acme", Severity.INFO, "x", (s, f) -> { }))
        .withMessageStartingWith("id must be dot-separated lowercase slugs");
  }

  @Test
  void aScopeKeyOfOneBriefingNearTheKeysOfOthersIsReported() {
    Briefing a = keyed("a", LocalDate.of(2022, 4, 11), "all-suspects");
    Briefing b = keyed("b", LocalDate.of(2022, 4, 25), "all");
    Briefing c = keyed("c", LocalDate.of(2022, 5, 2), "all-suspects");
    ValidationReport report = BriefingSeries.of(List.of(a, b, c)).check();
    assertThat(report.findings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(SeriesRules.LONE_KEY);
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.path()).isEqualTo("detention[all]");
      assertThat(v.message()).isEqualTo("the scope key \"all\" of detention is only in b, and near it"
          + " \"all-suspects\" (in a, c): a typo would split a measure in two");
      assertThat(v.values()).containsEntry("near", "\"all-suspects\" (in a, c)");
    });
    // a key of one briefing that is near no other, or keys that every briefing shares, are no typo
    assertThat(BriefingSeries.of(List.of(a, keyed("b", LocalDate.of(2022, 4, 25), "mass-riots-almaty"))).check()
        .findings()).isEmpty();
    assertThat(BriefingSeries.of(List.of(a, c)).check().findings()).isEmpty();
    assertThat(BriefingSeries.of(List.of(a, keyed("b", LocalDate.of(2022, 4, 25), "all-suspect"))).check()
        .findings()).hasSize(2).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(SeriesRules.LONE_KEY));
  }

  private static Briefing keyed(String id, LocalDate date, String key) {
    return Briefing.builder().id(id).date(date).jurisdiction("KZ").investigation(SeedBriefings.JANUARY_2022)
        .addDetention(DetentionStats.builder().scope(Scope.described(key, "suspects")).suspects(Count.exactly(10))
            .build())
        .build();
  }

  @Test
  void anInvestigationIdNearAnotherIsSaidToBeATypo() {
    Briefing a = keyed("a", LocalDate.of(2022, 4, 11), "all");
    Briefing b = Briefing.builder().from(keyed("b", LocalDate.of(2022, 4, 25), "all"))
        .investigation(io.github.briefings.model.Investigation.of(SeedBriefings.JANUARY_2022.id() + "x", "t")).build();
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> BriefingSeries.of(List.of(a, b)))
        .withMessageEndingWith("(a typo? the ids are near each other)");
  }
}
