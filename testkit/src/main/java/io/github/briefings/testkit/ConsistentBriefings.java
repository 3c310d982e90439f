package io.github.briefings.testkit;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.CasualtyGroup;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DamagedParty;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Provenance;
import io.github.briefings.model.Region;
import io.github.briefings.model.Scope;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.Unit;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.ExchangeRateProvider;
import io.github.briefings.money.Money;
import io.github.briefings.validation.ValidationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Briefings whose figures satisfy every standard rule by construction: every section present, every
 * figure exact (but for one "more than"), each part drawn as a share of what its whole leaves over.
 * Stated equivalents are within 1% of {@link #REFERENCE_KZT_PER_USD} and {@link #REFERENCE_KZT_PER_EUR},
 * which {@link #referenceRates()} gives for any date; validate them with {@link #policy()}, and a
 * standard validator finds nothing. Each {@link Breaker#standard() standard breaker} breaks exactly
 * one rule of them.
 */
public final class ConsistentBriefings {
  /** The reference rate of the generated equivalents: 450 KZT per USD, on every date. */
  public static final BigDecimal REFERENCE_KZT_PER_USD = new BigDecimal("450");

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency KZT = Currency.getInstance("KZT");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final int SHARES = 40;

  private ConsistentBriefings() {}

  /** A measure of no section, as a user declares one. */
  public static final OwnMeasure OFFICER_SHIFTS =
      OwnMeasure.of("officerShifts", "officer shifts", Unit.SHIFTS, FigureKind.NEITHER);

  /** The reference rate of the generated damage equivalents: 500 KZT per EUR, on every date. */
  public static final BigDecimal REFERENCE_KZT_PER_EUR = new BigDecimal("500");

  /**
   * Returns a provider of 450 KZT per USD and 500 KZT per EUR (and their inverses) on every date.
   *
   * @return the reference rates of the generated equivalents
   */
  public static ExchangeRateProvider referenceRates() {
    return (base, quote, date) -> {
      for (ExchangeRate rate : List.of(ExchangeRate.of(date, USD, KZT, REFERENCE_KZT_PER_USD, "test reference"),
          ExchangeRate.of(date, EUR, KZT, REFERENCE_KZT_PER_EUR, "test reference"))) {
        if (base.equals(rate.base()) && quote.equals(rate.quote())) {
          return Optional.of(rate);
        }
        if (base.equals(rate.quote()) && quote.equals(rate.base())) {
          return Optional.of(rate.inverse());
        }
      }
      return Optional.empty();
    };
  }

  /**
   * Damage worth {@code euros} at the reference rate, broken down exhaustively into the state bodies'
   * share and the businesses', every amount with its equivalent in euros at the reference rate.
   */
  static Damage damage(long euros, long stateShare) {
    BigDecimal total = REFERENCE_KZT_PER_EUR.multiply(BigDecimal.valueOf(euros));
    BigDecimal state = REFERENCE_KZT_PER_EUR.multiply(BigDecimal.valueOf(stateShare));
    return Damage.builder()
        .total(StatedAmount.about(Money.of(total, KZT)).withStatedEquivalent(Money.of(BigDecimal.valueOf(euros), EUR)))
        .byParty(Breakdown.ofAmounts(DamagedParty.VOCABULARY)
            .put(DamagedParty.STATE_BODIES, StatedAmount.about(Money.of(state, KZT))
                .withStatedEquivalent(Money.of(BigDecimal.valueOf(stateShare), EUR)))
            .put(DamagedParty.BUSINESSES, StatedAmount.about(Money.of(total.subtract(state), KZT))
                .withStatedEquivalent(Money.of(BigDecimal.valueOf(euros - stateShare), EUR)))
            .exhaustive().build())
        .businessesDamaged(Count.exactly(stateShare % 1_000))
        .build();
  }

  /**
   * Returns the default validation policy with {@link #referenceRates()} as its reference rates.
   *
   * @return the policy to validate consistent briefings with
   */
  public static ValidationPolicy policy() {
    return ValidationPolicy.defaults().withReferenceRates(referenceRates());
  }

  /**
   * Returns consistent briefings of one investigation, dated between 2000 and 2040.
   *
   * @return briefings that satisfy every standard rule under {@link #policy()}
   */
  public static Arbitrary<Briefing> briefings() {
    Arbitrary<List<Long>> shares = Arbitraries.longs().between(0, 1_000_000).list().ofSize(SHARES);
    return Combinators.combine(BriefingArbitraries.dates(), Arbitraries.longs().between(1, 100_000), shares,
            Arbitraries.of(true, false), Arbitraries.of(true, false), BriefingArbitraries.scopes().injectNull(0.3))
        .as((date, size, s, sentencesExhaustive, weaponsExhaustive, scope) ->
            build(date, size, new Draw(s), sentencesExhaustive, weaponsExhaustive, Optional.ofNullable(scope)));
  }

  /** Draws figures as shares of a whole. */
  private static final class Draw {
    private final List<Long> shares;
    private int next;

    Draw(List<Long> shares) {
      this.shares = shares;
    }

    /** A number from 0 to max. */
    long upTo(long max) {
      return BigDecimal.valueOf(max).multiply(BigDecimal.valueOf(shares.get(next++ % SHARES)))
          .divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.FLOOR).longValueExact();
    }

    /** A number from 1 to max, max at least 1. */
    long oneTo(long max) {
      return 1 + upTo(max - 1);
    }
  }

  private static Briefing build(LocalDate date, long size, Draw d, boolean sentencesExhaustive,
      boolean weaponsExhaustive, Optional<Scope> scope) {
    long suspects = size + 10;
    long inCustody = d.upTo(suspects);
    long houseArrest = d.upTo(suspects - inCustody);
    long otherRestraint = d.upTo(suspects - inCustody - houseArrest);
    long released = d.upTo(suspects - inCustody);
    long trial = d.oneTo(suspects);
    long charged = d.upTo(suspects);
    long convicted = d.oneTo(trial);
    long acquitted = d.upTo(trial - convicted);
    long pleaded = d.upTo(convicted);
    long foundGuilty = d.upTo(convicted - pleaded);
    long sentenced = d.oneTo(convicted);
    long imprisonment = d.oneTo(sentenced);
    long fine = sentencesExhaustive ? sentenced - imprisonment : d.upTo(sentenced - imprisonment);
    DetentionStats detention = DetentionStats.builder().scope(scope)
        // stated twice alike, as when two officials give the same number: no conflict
        .suspects(Count.exactly(suspects).withAlsoStated(Count.exactly(suspects).withStatedAs(suspects + " suspects")))
        .inCustody(Count.exactly(inCustody)).houseArrest(Count.exactly(houseArrest))
        .otherRestraint(Count.exactly(otherRestraint)).released(Count.exactly(released))
        .broughtToTrial(Count.exactly(trial)).charged(Count.exactly(charged)).convicted(Count.exactly(convicted))
        .acquitted(Count.exactly(acquitted)).pleadedGuilty(Count.exactly(pleaded))
        .foundGuiltyAtTrial(Count.exactly(foundGuilty)).sentenced(Count.exactly(sentenced))
        .sentencesByKind(Breakdown.builder(SentenceKind.VOCABULARY)
            .put(SentenceKind.IMPRISONMENT, Count.exactly(imprisonment)).put(SentenceKind.FINE, Count.exactly(fine))
            .coverage(sentencesExhaustive ? Breakdown.Coverage.EXHAUSTIVE : Breakdown.Coverage.PARTIAL).build())
        .amnestied(Count.exactly(d.upTo(convicted)))
        .build();

    long underInvestigation = size * 2;
    long persons = size;
    CriminalCases cases = CriminalCases.builder()
        .underInvestigation(Count.exactly(underInvestigation)).persons(Count.exactly(persons))
        .sentToCourt(Count.exactly(d.upTo(underInvestigation)))
        // categories that may share cases: each at most the total
        .casesByCategory(Breakdown.builder(CaseCategory.VOCABULARY)
            .put(CaseCategory.MASS_RIOTS, Count.exactly(d.upTo(underInvestigation)))
            .put(CaseCategory.TERRORISM, Count.exactly(d.upTo(underInvestigation)))
            .coverage(Breakdown.Coverage.OVERLAPPING).build())
        .personsByCategory(Breakdown.builder(CaseCategory.VOCABULARY)
            .put(CaseCategory.THEFT, Count.exactly(d.upTo(persons))).build())
        .build();

    // a region within the whole: each of its figures at most the whole's
    long almatyInvestigated = d.upTo(underInvestigation);
    CriminalCases almaty = CriminalCases.builder()
        .scope(Scope.described("almaty", "cases in Almaty").within(Scope.WHOLE))
        .underInvestigation(Count.exactly(almatyInvestigated))
        .sentToCourt(Count.exactly(d.upTo(Math.min(almatyInvestigated, cases.sentToCourt().get().value()))))
        .build();

    long members = d.upTo(size);
    OrganizedCrime organized = OrganizedCrime.builder().groupsInvolved(Count.exactly(d.upTo(50)))
        .membersArrested(Count.exactly(members)).leadersArrested(Count.exactly(d.upTo(members))).build();

    long seized = size * 3;
    long pistols = d.upTo(seized);
    long rifles = weaponsExhaustive ? seized - pistols : d.upTo(seized - pistols);
    Breakdown.Builder<WeaponType, Count> byType = Breakdown.builder(WeaponType.VOCABULARY)
        .put(WeaponType.PISTOL, Count.exactly(pistols)).put(WeaponType.RIFLE, Count.exactly(rifles))
        .coverage(weaponsExhaustive ? Breakdown.Coverage.EXHAUSTIVE : Breakdown.Coverage.PARTIAL);
    if (!weaponsExhaustive && size % 3 == 0) {
      // a third of the partial ones overlap instead: some weapons counted under both types, the overlap stated
      long both = d.upTo(Math.min(pistols, seized - pistols - rifles));
      byType = Breakdown.builder(WeaponType.VOCABULARY).put(WeaponType.PISTOL, Count.exactly(pistols))
          .put(WeaponType.RIFLE, Count.exactly(rifles + both)).overlap(Count.exactly(both));
    }
    long service = d.upTo(seized);
    WeaponSeizure weapons = WeaponSeizure.builder().seized(Count.exactly(seized))
        .byType(byType.build())
        .byProvenance(Breakdown.builder(Provenance.VOCABULARY).put(Provenance.SERVICE, Count.exactly(service))
            .put(Provenance.CIVILIAN, Count.exactly(d.upTo(seized - service))).build())
        .ammunitionRounds(Count.moreThan(d.upTo(1_000_000)))
        .voluntarilySurrendered(Count.exactly(d.upTo(seized))).build();

    // the dead by group cover them all; by region, only some
    long dead = size;
    long security = d.upTo(dead);
    Casualties casualties = Casualties.builder().dead(Count.exactly(dead)).injured(Count.exactly(size * 4))
        .deadByGroup(Breakdown.builder(CasualtyGroup.VOCABULARY).put(CasualtyGroup.SECURITY_FORCES,
            Count.exactly(security)).put(CasualtyGroup.CIVILIANS, Count.exactly(dead - security)).exhaustive().build())
        .deadByRegion(Breakdown.builder(Region.VOCABULARY).put(Region.of("almaty", "Almaty"), Count.exactly(d.upTo(dead)))
            .build())
        .build();

    long stolen = size;
    ArsenalLoss loss = ArsenalLoss.builder().takenFrom("an arsenal").stolen(Count.exactly(stolen))
        .recovered(Count.exactly(d.upTo(stolen))).build();

    long dollars = d.oneTo(1_000_000);
    BigDecimal within1Percent = BigDecimal.valueOf(990_000 + d.upTo(20_000)).movePointLeft(6);
    BigDecimal tenge = REFERENCE_KZT_PER_USD.multiply(BigDecimal.valueOf(dollars)).multiply(within1Percent)
        .setScale(0, RoundingMode.HALF_EVEN);
    PropertyRecovery property = PropertyRecovery.builder().description("stolen property seized")
        .amount(Money.of(tenge, KZT)).statedEquivalent(Money.of(BigDecimal.valueOf(dollars), USD)).build();

    return Briefing.builder()
        .id("generated").date(date).jurisdiction("KZ")
        .investigation(Investigation.of("generated-investigation", "a generated investigation"))
        .addDetention(detention).addCriminalCases(cases, almaty).organizedCrime(organized).addWeaponSeizure(weapons).addCasualties(casualties)
        .addDamage(damage(1_000_000 + size, 1 + d.upTo(999_999)))
        // a measure of one's own, broken down by region in part
        .addOwnMeasures(OFFICER_SHIFTS)
        .addOwnFigures(OwnFigure.of(OFFICER_SHIFTS.id(), Count.exactly(size * 10)).withBreakdown(
            Breakdown.builder(Region.VOCABULARY).put(Region.of("almaty", "Almaty"), Count.exactly(d.upTo(size * 10)))
                .build()))
        .addArsenalLoss(loss).addPropertyRecovery(property)
        .build();
  }
}
