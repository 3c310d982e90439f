package io.github.briefings.examples;

import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Scope;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.Money;
import io.github.briefings.validation.ValidationPolicy;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Example: build part of the 11 April 2022 briefing in Java and validate it. (The complete briefing
 * ships as JSON; see {@link Embedded#APRIL_11}.)
 */
public final class ValidateSeedBriefing {
  private ValidateSeedBriefing() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // Every figure is a Count: exact ones read naturally, the others keep their qualifier and wording.
    Briefing briefing = Briefing.builder()
        .id("kz-2022-04-11")
        .date(LocalDate.of(2022, 4, 11))
        .venue("Central Communications Service")
        .jurisdiction("KZ")
        .investigation(Investigation.of("kz-january-2022-unrest", "The tragic events of January 2022"))
        .addSpeaker(Speaker.of("adilov", "Sanzhar Adilov", "Head of the investigative department",
            "Ministry of Internal Affairs of Kazakhstan"))
        .provisional(true) // "the data presented below is subject to change"
        // The figures of one population go in one record, with its scope: these are mass-riot suspects.
        .addDetention(DetentionStats.builder()
            .scope(Scope.of(CaseCategory.MASS_RIOTS))
            .suspects(Count.exactly(547))
            .inCustody(Count.exactly(269).withStatedAs("under arrest"))
            .released(Count.exactly(315))
            .broughtToTrial(Count.exactly(377))
            .convicted(Count.exactly(168))
            // "of these, 147 were sentenced to penalties not related to imprisonment": a partial breakdown
            .sentencesByKind(Breakdown.builder(SentenceKind.VOCABULARY)
                .put(SentenceKind.NON_CUSTODIAL_UNSPECIFIED, Count.exactly(147)).build())
            .build())
        .addWeaponSeizure(WeaponSeizure.builder()
            .seized(Count.exactly(1_430).withAttribution("adilov"))
            // "323 pistols, 148 assault rifles … and others": partial, the default coverage
            .byType(Breakdown.builder(WeaponType.VOCABULARY)
                .put(WeaponType.PISTOL, Count.exactly(323))
                .put(WeaponType.ASSAULT_RIFLE, Count.exactly(148)).build())
            .ammunitionRounds(Count.moreThan(35_000).withStatedAs("more than 35,000"))
            .voluntarilySurrendered(Count.exactly(122))
            .build())
        .addPropertyRecovery(PropertyRecovery.builder()
            .description("stolen property seized")
            .amount(Money.of("340000000", "KZT")).estimated(true)
            .statedEquivalent(Money.of("766599", "USD"))
            .attribution("adilov")
            .build())
        .build();

    // The standard rules, with independent reference rates to check the stated dollar equivalent.
    Validator validator = Validator.builder()
        .policy(ValidationPolicy.defaults().withReferenceRates(Embedded.referenceRates()))
        .build();
    ValidationReport report = validator.validate(briefing);

    // Officials' numbers often do not add up; the briefing was still recorded, and the report says where.
    out.print(report.render());
  }
}
