package io.github.briefings.testkit;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DamagedParty;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Provenance;
import io.github.briefings.model.Region;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.Term;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.Money;
import io.github.briefings.validation.StandardRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A way to break exactly one rule of a briefing: applied to a briefing that satisfies every rule, it
 * returns one that breaks the rule it names, certainly and at the rule's severity, and no other rule
 * certainly. {@link #standard()} holds one for each standard rule, written for the briefings of
 * {@link ConsistentBriefings}; write your own for rules of your own with {@link #of}.
 *
 * <p>A breaker may throw on a briefing it was not written for (one without the section it changes,
 * for example); the standard ones never throw on a consistent briefing.
 */
public final class Breaker implements UnaryOperator<Briefing> {
  private final String ruleId;
  private final UnaryOperator<Briefing> breakIt;

  private Breaker(String ruleId, UnaryOperator<Briefing> breakIt) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.breakIt = Objects.requireNonNull(breakIt, "breakIt");
  }

  /**
   * Returns a breaker of a rule of one's own.
   *
   * @param ruleId the id of the rule it breaks, not null
   * @param breakIt returns the briefing it is given, broken; not null
   * @return the breaker
   * @throws NullPointerException if an argument is null
   */
  public static Breaker of(String ruleId, UnaryOperator<Briefing> breakIt) {
    return new Breaker(ruleId, breakIt);
  }

  /**
   * Returns the id of the rule this breaker breaks.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the briefing, broken.
   *
   * @param briefing a briefing that satisfies the rule, not null
   * @return a briefing that breaks it
   */
  @Override
  public Briefing apply(Briefing briefing) {
    return breakIt.apply(Objects.requireNonNull(briefing, "briefing"));
  }

  /** Returns the rule id, so that a property's report names the breaker drawn. */
  @Override
  public String toString() {
    return ruleId;
  }

  /**
   * Returns a breaker for each of the {@link StandardRules#all() standard rules}, in their order.
   *
   * @return the breakers of the standard rules
   */
  public static List<Breaker> standard() {
    return STANDARD;
  }

  /**
   * Returns the standard breakers, each as likely as the others.
   *
   * @return the breakers of the standard rules
   */
  public static Arbitrary<Breaker> standardBreakers() {
    return Arbitraries.of(STANDARD);
  }

  /**
   * Returns the standard breaker of a rule.
   *
   * @param ruleId the id of a standard rule, not null
   * @return its breaker
   * @throws IllegalArgumentException if no standard rule has that id
   */
  public static Breaker forRule(String ruleId) {
    return STANDARD.stream().filter(b -> b.ruleId.equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no standard rule has the id " + ruleId));
  }

  private static long v(Optional<Count> c) {
    return c.orElseThrow().value();
  }

  private static long sum(Breakdown<?, Count> b) {
    return b.parts().values().stream().mapToLong(Count::value).sum();
  }

  /** The briefing with its first detention record changed. */
  private static Briefing detention(Briefing b, UnaryOperator<DetentionStats.Builder> change) {
    DetentionStats d = b.detention().get(0);
    return Briefing.builder().from(b).detention(List.of(change.apply(DetentionStats.builder().from(d)).build())).build();
  }

  /** The briefing with its first weapon seizure changed. */
  private static Briefing weapons(Briefing b, UnaryOperator<WeaponSeizure.Builder> change) {
    WeaponSeizure w = b.weaponSeizure().get(0);
    return Briefing.builder().from(b).weaponSeizure(List.of(change.apply(WeaponSeizure.builder().from(w)).build())).build();
  }

  /** The briefing with its first damage record changed. */
  private static Briefing damage(Briefing b, UnaryOperator<Damage.Builder> change) {
    Damage d = b.damage().get(0);
    return Briefing.builder().from(b).damage(List.of(change.apply(Damage.builder().from(d)).build())).build();
  }

  /** The breakdown with one more part, of a term of one's own. */
  private static <K extends Term> Breakdown<K, Count> withPart(Breakdown<K, Count> b, long value) {
    return b.toBuilder().put(b.dimension().of("x-broken", "broken", Map.of()), Count.exactly(value)).build();
  }

  /** The equivalent in euros of an amount at the reference rate times {@code factor}. */
  private static Money atRate(StatedAmount a, String factor) {
    return Money.of(a.amount().amount().divide(ConsistentBriefings.REFERENCE_KZT_PER_EUR.multiply(new BigDecimal(factor)),
        2, RoundingMode.HALF_EVEN), "EUR");
  }

  private static final List<Breaker> STANDARD = List.of(
      of(StandardRules.CUSTODY_WITHIN_SUSPECTS, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.houseArrest(Count.exactly(v(s.suspects()) - v(s.inCustody()) - v(s.otherRestraint()) + 1));
      })),
      of(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.released(Count.exactly(v(s.suspects()) - v(s.inCustody()) + 1));
      })),
      of(StandardRules.TRIAL_WITHIN_SUSPECTS, b -> detention(b, d ->
          d.broughtToTrial(Count.exactly(v(d.build().suspects()) + 1)))),
      of(StandardRules.CHARGED_WITHIN_SUSPECTS, b -> detention(b, d ->
          d.charged(Count.exactly(v(d.build().suspects()) + 1)))),
      of(StandardRules.VERDICTS_WITHIN_TRIAL, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.acquitted(Count.exactly(v(s.broughtToTrial()) - v(s.convicted()) + 1));
      })),
      of(StandardRules.PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, b -> detention(b, d -> {
        DetentionStats s = d.build();
        return d.foundGuiltyAtTrial(Count.exactly(v(s.convicted()) - v(s.pleadedGuilty()) + 1));
      })),
      of(StandardRules.SENTENCED_WITHIN_CONVICTED, b -> detention(b, d ->
          d.sentenced(Count.exactly(v(d.build().convicted()) + 1))
              .sentencesByKind(d.build().sentencesByKind().toBuilder().coverage(Breakdown.Coverage.PARTIAL).build()))),
      of(StandardRules.SENTENCES_BY_KIND_WITHIN_SENTENCED, b -> detention(b, d ->
          d.sentenced(Count.exactly(sum(d.build().sentencesByKind()) - 1)))),
      // only an open-ended "sentenced" lets the groups break certainly while the totals stay undecided
      of(StandardRules.SENTENCE_GROUPS_WITHIN_CONVICTED, b -> detention(b, d -> {
        long convicted = v(d.build().convicted());
        return d.sentencesByKind(Breakdown.builder(SentenceKind.VOCABULARY)
                .put(SentenceKind.IMPRISONMENT, Count.exactly(convicted + 1)).build())
            .sentenced(Count.atMost(convicted + 1));
      })),
      // one more category than the cases under investigation
      of(StandardRules.CATEGORIES_WITHIN_TOTAL, b -> {
        List<CriminalCases> all = b.criminalCases();
        CriminalCases c = all.get(0);
        CriminalCases broken = CriminalCases.builder().from(c).casesByCategory(c.casesByCategory().toBuilder()
            .put(CaseCategory.of("x-broken", "broken"), Count.exactly(v(c.underInvestigation()) + 1)).build()).build();
        return Briefing.builder().from(b).criminalCases(List.of(broken)).addAllCriminalCases(all.subList(1, all.size()))
            .build();
      }),
      of(StandardRules.LEADERS_WITHIN_MEMBERS, b -> {
        OrganizedCrime o = b.organizedCrime().orElseThrow();
        return Briefing.builder().from(b).organizedCrime(OrganizedCrime.builder().from(o)
            .leadersArrested(Count.exactly(v(o.membersArrested()) + 1)).build()).build();
      }),
      // one more type, so that the parts (less their overlap, when they overlap) exceed the weapons seized by one
      of(StandardRules.TYPES_WITHIN_SEIZED, b -> weapons(b, w -> {
        WeaponSeizure s = w.build();
        long net = sum(s.byType()) - s.byType().overlap().map(Count::value).orElse(0L);
        return w.byType(s.byType().toBuilder()
            .put(WeaponType.of("x-broken", "broken"), Count.exactly(v(s.seized()) - net + 1)).build());
      })),
      of(StandardRules.PROVENANCE_WITHIN_SEIZED, b -> weapons(b, w -> {
        WeaponSeizure s = w.build();
        return w.byProvenance(s.byProvenance().toBuilder()
            .put(Provenance.OTHER, Count.exactly(v(s.seized()) - sum(s.byProvenance()) + 1)).build());
      })),
      // one more region, so that the regions, a partial breakdown, exceed the dead by one
      of(StandardRules.CASUALTY_PARTS_WITHIN_TOTAL, b -> {
        Casualties c = b.casualties().get(0);
        return Briefing.builder().from(b).casualties(List.of(Casualties.builder().from(c)
            .deadByRegion(c.deadByRegion().toBuilder().put(Region.of("x-broken", "broken"),
                Count.exactly(v(c.dead()) - sum(c.deadByRegion()) + 1)).build()).build())).build();
      }),
      of(StandardRules.SURRENDERED_WITHIN_SEIZED, b -> weapons(b, w ->
          w.voluntarilySurrendered(Count.exactly(v(w.build().seized()) + 1)))),
      of(StandardRules.RECOVERED_WITHIN_STOLEN, b -> {
        ArsenalLoss loss = b.arsenalLosses().get(0);
        return Briefing.builder().from(b).arsenalLosses(List.of(ArsenalLoss.builder().from(loss)
            .recovered(Count.exactly(v(loss.stolen()) + 1)).build())).build();
      }),
      // the stated equivalent doubled
      of(StandardRules.EQUIVALENT_MATCHES_REFERENCE, b -> {
        PropertyRecovery p = b.propertyRecoveries().get(0);
        Money equivalent = p.statedEquivalent().orElseThrow();
        return Briefing.builder().from(b).propertyRecoveries(List.of(PropertyRecovery.builder().from(p)
            .statedEquivalent(Money.of(equivalent.amount().multiply(BigDecimal.valueOf(2)), equivalent.currency()))
            .build())).build();
      }),
      // one more party, so that the exhaustive parts exceed the total
      of(StandardRules.DAMAGE_PARTS_WITHIN_TOTAL, b -> damage(b, d -> {
        Damage s = d.build();
        return d.byParty(s.byParty().toBuilder()
            .put(DamagedParty.INDIVIDUALS, StatedAmount.exactly(s.total().orElseThrow().amount())).build());
      })),
      // the total's equivalent 1.2% below the reference rate, the businesses' 1.2% above: each within the
      // 2% of the reference, but 2.4% from each other
      of(StandardRules.EQUIVALENTS_CONSISTENT, b -> damage(b, d -> {
        Damage s = d.build();
        StatedAmount total = s.total().orElseThrow();
        StatedAmount businesses = s.byParty().parts().get(DamagedParty.BUSINESSES);
        return d.total(total.withStatedEquivalent(atRate(total, "0.988"))).byParty(s.byParty().toBuilder()
            .put(DamagedParty.BUSINESSES, businesses.withStatedEquivalent(atRate(businesses, "1.012"))).build());
      })),
      // a second statement of "convicted" that the first excludes: 1 more than it
      of(StandardRules.CONFLICTING_STATEMENTS, b -> detention(b, d -> {
        Count convicted = d.build().convicted().orElseThrow();
        return d.convicted(convicted.withAlsoStated(Count.exactly(convicted.value() + 1)));
      })),
      // the region states more cases sent to court than the whole it lies within
      of(StandardRules.SUB_SCOPE_WITHIN_PARENT, b -> {
        CriminalCases whole = b.criminalCases().get(0);
        CriminalCases region = b.criminalCases().get(1);
        return Briefing.builder().from(b).criminalCases(List.of(whole, CriminalCases.builder().from(region)
            .sentToCourt(Count.exactly(v(whole.sentToCourt()) + 1)).build())).build();
      }),
      // a second region, so that the regions of the officer shifts exceed them
      of(StandardRules.OWN_PARTS_WITHIN_TOTAL, b -> {
        OwnFigure shifts = b.ownFigures().get(0);
        Breakdown<?, Count> regions = shifts.breakdown().orElseThrow();
        return Briefing.builder().from(b).ownFigures(List.of(shifts.withBreakdown(
            withPart(regions, shifts.count().value() - sum(regions) + 1)))).build();
      }));
}
