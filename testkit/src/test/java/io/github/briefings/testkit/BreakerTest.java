package io.github.briefings.testkit;

import static io.github.briefings.testkit.BriefingsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.Validator;
import org.junit.jupiter.api.Test;

/** The breakers' own contract; that each breaks its rule alone is ValidationProperties' business. */
class BreakerTest {
  @Test
  void theStandardBreakersAreInTheOrderOfTheStandardRules() {
    assertThat(Breaker.standard()).extracting(Breaker::ruleId)
        .containsExactlyElementsOf(StandardRules.all().stream().map(r -> r.id()).toList());
    assertThat(Breaker.forRule(StandardRules.LEADERS_WITHIN_MEMBERS).ruleId()).isEqualTo(StandardRules.LEADERS_WITHIN_MEMBERS);
    assertThat(Breaker.forRule(StandardRules.LEADERS_WITHIN_MEMBERS)).hasToString(StandardRules.LEADERS_WITHIN_MEMBERS);
  }

  @Test
  void anUnknownRuleHasNoBreaker() {
    assertThatThrownBy(() -> Breaker.forRule("acme.unknown")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no standard rule has the id acme.unknown");
  }

  @Test
  void aBreakerOfOnesOwnAppliesItsFunction() {
    Briefing consistent = ConsistentBriefings.briefings().sample();
    Breaker provisional = Breaker.of("acme.final", b -> Briefing.builder().from(b).provisional(true).build());
    assertThat(provisional.apply(consistent).provisional()).isTrue();
    assertThatThrownBy(() -> Breaker.of(null, b -> b)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> provisional.apply(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aStandardBreakerBreaksAConsistentBriefing() {
    Validator validator = Validator.builder().policy(ConsistentBriefings.policy()).build();
    Briefing consistent = ConsistentBriefings.briefings().sample();
    assertThat(validator.validate(consistent)).hasNoFindings();
    assertThat(validator.validate(Breaker.forRule(StandardRules.CHARGED_WITHIN_SUSPECTS).apply(consistent)))
        .hasWarning(StandardRules.CHARGED_WITHIN_SUSPECTS)
        .at(DetentionStats.SECTION.path(consistent.detention().get(0), DetentionStats.CHARGED)).certain();
  }
}
