package io.github.briefings.validation;

import static io.github.briefings.testkit.BriefingsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import io.github.briefings.testkit.Breaker;
import io.github.briefings.testkit.BriefingArbitraries;
import io.github.briefings.testkit.ConsistentBriefings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The standard rules, pinned: consistent briefings raise nothing; a briefing broken in exactly one
 * way is reported under exactly that rule; validation never throws and its order is stable.
 */
class ValidationProperties {
  private static final Validator VALIDATOR = Validator.builder().policy(ConsistentBriefings.policy()).build();

  @Provide
  Arbitrary<Briefing> consistent() {
    return ConsistentBriefings.briefings();
  }

  @Provide
  Arbitrary<Breaker> breakers() {
    return Breaker.standardBreakers();
  }

  @Property
  void aConsistentBriefingRaisesNoErrorAndNoWarning(@ForAll("consistent") Briefing b) {
    assertThat(VALIDATOR.validate(b)).hasNoFindings();
  }

  @Property(tries = 1_200) // 22 breakers: each drawn about 55 times, so at least 10 times whatever the seed
  @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
  void aBriefingBrokenInOneWayIsReportedUnderExactlyThatRule(
      @ForAll("consistent") Briefing b, @ForAll("breakers") Breaker breaker) {
    Briefing broken = breaker.apply(b);
    ValidationReport report = VALIDATOR.validate(broken);
    (VALIDATOR.severity(breaker.ruleId()) == Severity.ERROR ? assertThat(report).hasError(breaker.ruleId())
        : assertThat(report).hasWarning(breaker.ruleId())).certain();
    // an undetermined finding is at most a warning, so no other rule finds an error
    assertThat(report).isCertainOnlyOf(breaker.ruleId());
    // one path syntax: a standard rule names a figure (or a whole breakdown) as the briefing's figures do,
    // or an amount of money where the briefing holds it
    java.util.Set<String> paths = broken.figures().keySet();
    assertThat(report.findings()).as(report.render()).allSatisfy(v -> assertThat(
        paths.contains(v.path()) || paths.stream().anyMatch(p -> p.startsWith(v.path() + "["))
            || v.path().startsWith("propertyRecoveries[")
            || v.path().matches("damage(\\[[^]]+])?\\.(total|byParty).*")).as("%s names a figure of %s", v.path(), paths).isTrue());
    Statistics.collect(breaker.ruleId());
    Statistics.coverage(coverage -> Breaker.standard().forEach(br ->
        coverage.check(br.ruleId()).count((Integer n) -> n >= 10)));
  }

  @Example
  void everyStandardRuleHasABreaker() {
    assertThat(Breaker.standard().stream().map(Breaker::ruleId))
        .containsExactlyInAnyOrderElementsOf(StandardRules.all().stream().map(Rule::id).collect(Collectors.toList()));
  }

  @Property(tries = 300)
  void validationNeverThrowsForAnyBuildableBriefing(@ForAll("any") Briefing b) {
    ValidationReport report = VALIDATOR.validate(b);
    assertThat(report.findings()).allSatisfy(v -> assertThat(v.message()).doesNotContain("rule failed"));
    Statistics.collect(report.highestSeverity().map(Severity::name).orElse("none"));
  }

  @Provide
  Arbitrary<Briefing> any() {
    return BriefingArbitraries.briefings();
  }

  @Property(tries = 100)
  void theReportOrderDoesNotDependOnRuleRegistrationOrder(@ForAll("any") Briefing b, @ForAll long seed) {
    List<Rule> shuffled = new ArrayList<>(StandardRules.all());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    Validator reordered = Validator.builder().withoutStandardRules().addRules(shuffled)
        .policy(VALIDATOR.policy()).build();
    assertThat(reordered.validate(b).findings()).isEqualTo(VALIDATOR.validate(b).findings());
  }
}
