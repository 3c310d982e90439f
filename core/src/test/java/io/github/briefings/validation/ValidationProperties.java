package io.github.briefings.validation;

import io.github.briefings.model.Breakdown;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.arbitraries.ConsistentBriefings;
import io.github.briefings.arbitraries.ModelArbitraries;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
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
  private static final Validator VALIDATOR = Validator.builder()
      .policy(ValidationPolicy.defaults().withReferenceRates(ConsistentBriefings.referenceRates())).build();

  /** A way to break exactly one standard rule of a consistent briefing. */
  static final class Breaker {
    final String ruleId;
    final UnaryOperator<Briefing> breakIt;

    Breaker(String ruleId, UnaryOperator<Briefing> breakIt) {
      this.ruleId = ruleId;
      this.breakIt = breakIt;
    }

    @Override
    public String toString() {
      return ruleId;
    }
  }

  private static long v(java.util.Optional<Count> c) {
    return c.orElseThrow().value();
  }

  private static Briefing detention(Briefing b, UnaryOperator<DetentionStats.Builder> change) {
    DetentionStats d = b.detention().get(0);
    return Briefing.builder().from(b).detention(List.of(change.apply(DetentionStats.builder().from(d)).build())).build();
  }

  /** The equivalent in euros of an amount at the reference rate times {@code factor}. */
  private static Money atRate(io.github.briefings.model.StatedAmount a, String factor) {
    return Money.of(a.amount().amount().divide(ConsistentBriefings.REFERENCE_KZT_PER_EUR.multiply(new BigDecimal(factor)),
        2, java.math.RoundingMode.HALF_EVEN), "EUR");
  }

  private static long kinds(DetentionStats d) {
    return d.sentencesByKind().parts().values().stream().mapToLong(Count::value).sum();
  }

  static final List<Breaker> BREAKERS = List.of(
      new Breaker(StandardRules.CUSTODY_WITHIN_SUSPECTS, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.houseArrest(Count.exactly(v(s.suspects()) - v(s.inCustody()) - v(s.otherRestraint()) + 1));
      })),
      new Breaker(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.released(Count.exactly(v(s.suspects()) - v(s.inCustody()) + 1));
      })),
      new Breaker(StandardRules.TRIAL_WITHIN_SUSPECTS, b -> detention(b, d ->
          d.broughtToTrial(Count.exactly(v(d.build().suspects()) + 1)))),
      new Breaker(StandardRules.CHARGED_WITHIN_SUSPECTS, b -> detention(b, d ->
          d.charged(Count.exactly(v(d.build().suspects()) + 1)))),
      new Breaker(StandardRules.VERDICTS_WITHIN_TRIAL, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.acquitted(Count.exactly(v(s.broughtToTrial()) - v(s.convicted()) + 1));
      })),
      new Breaker(StandardRules.PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.foundGuiltyAtTrial(Count.exactly(v(s.convicted()) - v(s.pleadedGuilty()) + 1));
      })),
      new Breaker(StandardRules.SENTENCED_WITHIN_CONVICTED, b -> detention(b, d ->
          d.sentenced(Count.exactly(v(d.build().convicted()) + 1))
              .sentencesByKind(d.build().sentencesByKind().toBuilder().coverage(Breakdown.Coverage.PARTIAL).build()))),
      new Breaker(StandardRules.SENTENCES_BY_KIND_WITHIN_SENTENCED, b -> detention(b, d ->
          d.sentenced(Count.exactly(kinds(d.build()) - 1)))),
      // Only an open-ended "sentenced" lets the groups break certainly while the totals stay undecided.
      new Breaker(StandardRules.SENTENCE_GROUPS_WITHIN_CONVICTED, b -> detention(b, d -> {
        long convicted = v(d.build().convicted());
        return d.sentencesByKind(Breakdown.builder(SentenceKind.VOCABULARY)
                .put(SentenceKind.IMPRISONMENT, Count.exactly(convicted + 1)).build())
            .sentenced(Count.atMost(convicted + 1));
      })),
      new Breaker(StandardRules.CATEGORIES_WITHIN_TOTAL, b -> {
        CriminalCases c = b.criminalCases().get(0);
        return Briefing.builder().from(b).criminalCases(List.of(CriminalCases.builder().from(c)
            .casesByCategory(c.casesByCategory().toBuilder().put(CaseCategory.of("x-broken", "broken"),
                Count.exactly(v(c.underInvestigation()) + 1)).build()).build(), b.criminalCases().get(1))).build();
      }),
      new Breaker(StandardRules.LEADERS_WITHIN_MEMBERS, b -> {
        OrganizedCrime o = b.organizedCrime().orElseThrow();
        return Briefing.builder().from(b).organizedCrime(OrganizedCrime.builder().from(o)
            .leadersArrested(Count.exactly(v(o.membersArrested()) + 1)).build()).build();
      }),
      new Breaker(StandardRules.TYPES_WITHIN_SEIZED, b -> {
        WeaponSeizure w = b.weaponSeizure().get(0);
        // one more part, so that the parts (less their overlap, when they overlap) exceed the weapons seized by one
        long net = w.byType().parts().values().stream().mapToLong(Count::value).sum()
            - w.byType().overlap().map(Count::value).orElse(0L);
        return Briefing.builder().from(b).weaponSeizure(List.of()).addWeaponSeizure(WeaponSeizure.builder().from(w)
            .byType(w.byType().toBuilder().put(WeaponType.of("x-broken", "broken"), Count.exactly(v(w.seized()) - net + 1))
                .build()).build()).build();
      }),
      new Breaker(StandardRules.PROVENANCE_WITHIN_SEIZED, b -> {
        WeaponSeizure w = b.weaponSeizure().get(0);
        long sum = w.byProvenance().parts().values().stream().mapToLong(Count::value).sum();
        return Briefing.builder().from(b).weaponSeizure(List.of(WeaponSeizure.builder().from(w)
            .byProvenance(w.byProvenance().toBuilder().put(io.github.briefings.model.Provenance.OTHER,
                Count.exactly(v(w.seized()) - sum + 1)).build()).build())).build();
      }),
      // one more region, so that the regions, a partial breakdown, exceed the dead by one
      new Breaker(StandardRules.CASUALTY_PARTS_WITHIN_TOTAL, b -> {
        io.github.briefings.model.Casualties c = b.casualties().get(0);
        long regions = c.deadByRegion().parts().values().stream().mapToLong(Count::value).sum();
        return Briefing.builder().from(b).casualties(List.of(io.github.briefings.model.Casualties.builder().from(c)
            .deadByRegion(c.deadByRegion().toBuilder().put(io.github.briefings.model.Region.of("x-broken", "broken"),
                Count.exactly(v(c.dead()) - regions + 1)).build()).build())).build();
      }),
      // one more party, so that the exhaustive parts exceed the total
      new Breaker(StandardRules.DAMAGE_PARTS_WITHIN_TOTAL, b -> {
        io.github.briefings.model.Damage d = b.damage().get(0);
        return Briefing.builder().from(b).damage(List.of(io.github.briefings.model.Damage.builder().from(d)
            .byParty(d.byParty().toBuilder().put(io.github.briefings.model.DamagedParty.INDIVIDUALS,
                io.github.briefings.model.StatedAmount.exactly(d.total().orElseThrow().amount())).build()).build()))
            .build();
      }),
      // the total's equivalent 1.2% below the reference rate, the businesses' 1.2% above: each within the 2%
      // of the reference, but 2.4% from each other
      new Breaker(StandardRules.EQUIVALENTS_CONSISTENT, b -> {
        io.github.briefings.model.Damage d = b.damage().get(0);
        io.github.briefings.model.StatedAmount total = d.total().orElseThrow();
        io.github.briefings.model.StatedAmount businesses = d.byParty().parts()
            .get(io.github.briefings.model.DamagedParty.BUSINESSES);
        return Briefing.builder().from(b).damage(List.of(io.github.briefings.model.Damage.builder().from(d)
            .total(total.withStatedEquivalent(atRate(total, "0.988")))
            .byParty(d.byParty().toBuilder().put(io.github.briefings.model.DamagedParty.BUSINESSES,
                businesses.withStatedEquivalent(atRate(businesses, "1.012"))).build()).build())).build();
      }),
      // a second region, so that the regions of the officer shifts exceed them
      new Breaker(StandardRules.OWN_PARTS_WITHIN_TOTAL, b -> {
        io.github.briefings.model.OwnFigure shifts = b.ownFigures().get(0);
        @SuppressWarnings("unchecked")
        io.github.briefings.model.Breakdown<io.github.briefings.model.Region, Count> regions =
            (io.github.briefings.model.Breakdown<io.github.briefings.model.Region, Count>) shifts.breakdown().orElseThrow();
        long sum = regions.parts().values().stream().mapToLong(Count::value).sum();
        return Briefing.builder().from(b).ownFigures(List.of(shifts.withBreakdown(regions.toBuilder()
            .put(io.github.briefings.model.Region.of("x-broken", "broken"), Count.exactly(shifts.count().value() - sum + 1))
            .build()))).build();
      }),
      new Breaker(StandardRules.SURRENDERED_WITHIN_SEIZED, b -> {
        WeaponSeizure w = b.weaponSeizure().get(0);
        return Briefing.builder().from(b).weaponSeizure(List.of()).addWeaponSeizure(WeaponSeizure.builder().from(w)
            .voluntarilySurrendered(Count.exactly(v(w.seized()) + 1)).build()).build();
      }),
      new Breaker(StandardRules.RECOVERED_WITHIN_STOLEN, b -> Briefing.builder().from(b)
          .arsenalLosses(List.of(io.github.briefings.model.ArsenalLoss.builder().from(b.arsenalLosses().get(0))
              .recovered(Count.exactly(v(b.arsenalLosses().get(0).stolen()) + 1)).build())).build()),
      new Breaker(StandardRules.EQUIVALENT_MATCHES_REFERENCE, b -> {
        PropertyRecovery p = b.propertyRecoveries().get(0);
        Money equivalent = p.statedEquivalent().orElseThrow();
        return Briefing.builder().from(b).propertyRecoveries(List.of(PropertyRecovery.builder().from(p)
            .statedEquivalent(Money.of(equivalent.amount().multiply(new BigDecimal("2")), equivalent.currency()))
            .build())).build();
      }),
      // the region states more cases sent to court than the whole it lies within
      new Breaker(StandardRules.SUB_SCOPE_WITHIN_PARENT, b -> {
        CriminalCases whole = b.criminalCases().get(0);
        CriminalCases region = b.criminalCases().get(1);
        return Briefing.builder().from(b).criminalCases(List.of(whole, CriminalCases.builder().from(region)
            .sentToCourt(Count.exactly(v(whole.sentToCourt()) + 1)).build())).build();
      }),
      // a second statement of "convicted" that the first excludes: 1 more than it
      new Breaker(StandardRules.CONFLICTING_STATEMENTS, b -> detention(b, d -> {
        Count convicted = d.build().convicted().orElseThrow();
        return d.convicted(convicted.withAlsoStated(Count.exactly(convicted.value() + 1)));
      })));

  @Provide
  Arbitrary<Briefing> consistent() {
    return ConsistentBriefings.briefings();
  }

  @Provide
  Arbitrary<Breaker> breakers() {
    return Arbitraries.of(BREAKERS);
  }

  @Property
  void aConsistentBriefingRaisesNoErrorAndNoWarning(@ForAll("consistent") Briefing b) {
    ValidationReport report = VALIDATOR.validate(b);
    assertThat(report.findings()).isEmpty();
  }

  @Property(tries = 1_200) // 22 breakers: each drawn about 55 times, so at least 10 times whatever the seed
  @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
  void aBriefingBrokenInOneWayIsReportedUnderExactlyThatRule(
      @ForAll("consistent") Briefing b, @ForAll("breakers") Breaker breaker) {
    Briefing broken = breaker.breakIt.apply(b);
    ValidationReport report = VALIDATOR.validate(broken);
    Severity expected = VALIDATOR.severity(breaker.ruleId);
    assertThat(report.byRule(breaker.ruleId)).as(report.render())
        .anySatisfy(v -> {
          assertThat(v.severity()).isEqualTo(expected);
          assertThat(v.undetermined()).isFalse();
        });
    assertThat(report.findings()).as(report.render())
        .filteredOn(v -> !v.ruleId().equals(breaker.ruleId))
        .allSatisfy(v -> assertThat(v.severity()).isNotEqualTo(Severity.ERROR))
        .allSatisfy(v -> assertThat(v.undetermined()).isTrue());
    // one path syntax: a standard rule names a figure (or a whole breakdown) as the briefing's figures do,
    // or an amount of money where the briefing holds it
    java.util.Set<String> paths = broken.figures().keySet();
    assertThat(report.findings()).as(report.render()).allSatisfy(v -> assertThat(
        paths.contains(v.path()) || paths.stream().anyMatch(p -> p.startsWith(v.path() + "["))
            || v.path().startsWith("propertyRecoveries[")
            || v.path().matches("damage(\\[[^]]+])?\\.(total|byParty).*")).as("%s names a figure of %s", v.path(), paths).isTrue());
    Statistics.collect(breaker.ruleId);
    Statistics.coverage(coverage -> BREAKERS.forEach(br ->
        coverage.check(br.ruleId).count((Integer n) -> n >= 10)));
  }

  @Example
  void everyStandardRuleHasABreaker() {
    assertThat(BREAKERS.stream().map(br -> br.ruleId))
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
    return ModelArbitraries.briefings();
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
