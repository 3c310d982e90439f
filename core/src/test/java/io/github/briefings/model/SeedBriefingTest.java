package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Breakdown;
import io.github.briefings.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins every fact of the 11 April 2022 briefing ({@code shared/seed/2022-04-11-briefing.txt}). */
class SeedBriefingTest {
  private final Briefing briefing = SeedBriefings.april11();

  @Test
  void header() {
    assertThat(briefing.id()).isEqualTo("kz-2022-04-11");
    assertThat(briefing.date()).isEqualTo(LocalDate.of(2022, 4, 11));
    assertThat(briefing.venue()).contains("Central Communications Service");
    assertThat(briefing.jurisdiction()).isEqualTo("KZ");
    assertThat(briefing.investigation().id()).isEqualTo("kz-january-2022-unrest");
    assertThat(briefing.provisional()).as("subject to change").isTrue();
    assertThat(briefing.sources()).singleElement()
        .satisfies(s -> assertThat(s.documentReference()).hasValueSatisfying(d -> assertThat(d).contains("2022-04-11")));
  }

  @Test
  void bothSpeakers() {
    assertThat(briefing.speakers()).extracting(Speaker::id, Speaker::name, Speaker::position, Speaker::organisation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kilymzhanov", Optional.of("Yeldos Kilymzhanov"),
                Optional.of("Deputy Head of the 1st Service"), "Prosecutor General's Office of Kazakhstan"),
            org.assertj.core.groups.Tuple.tuple("adilov", Optional.of("Sanzhar Adilov"),
                Optional.of("Head of the investigative department"), "Ministry of Internal Affairs of Kazakhstan"));
  }

  @Test
  void attributionsNameTheSpeakerWhereTheBriefingDoes() {
    List<String> kilymzhanov = attributedTo("kilymzhanov");
    List<String> adilov = attributedTo("adilov");
    assertThat(kilymzhanov).containsExactly("organizedCrime.groupsInvolved");
    assertThat(adilov).containsExactly("criminalCases[internal-affairs].underInvestigation",
        "weaponSeizure.seized", "weaponSeizure.ammunitionRounds");
    assertThat(briefing.propertyRecoveries().get(0).attribution()).contains("adilov");
    assertThat(briefing.statements().stream().filter(s -> s.attribution().isPresent()).count()).isEqualTo(4);
  }

  private List<String> attributedTo(String speakerId) {
    return briefing.figures().entrySet().stream()
        .filter(e -> e.getValue().attribution().filter(speakerId::equals).isPresent())
        .map(java.util.Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  @Test
  void organizedCrime() {
    OrganizedCrime o = briefing.organizedCrime().orElseThrow();
    assertThat(o.groupsInvolved()).contains(Count.exactly(12).withAttribution("kilymzhanov"));
    assertThat(o.membersArrested()).contains(Count.exactly(23));
    assertThat(o.leadersArrested()).isEmpty();
  }

  @Test
  void detentionOfMassRiotSuspects() {
    assertThat(briefing.detention()).hasSize(1);
    DetentionStats d = briefing.detention().get(0);
    assertThat(d.scope()).contains(Scope.of(CaseCategory.MASS_RIOTS));
    assertThat(d.suspects().map(Count::value)).contains(547L);
    assertThat(d.inCustody().map(Count::value)).contains(269L);
    assertThat(d.inCustody().flatMap(Count::statedAs)).contains("269 are under arrest");
    assertThat(d.released().map(Count::value)).contains(315L);
    assertThat(d.broughtToTrial().map(Count::value)).contains(377L);
    assertThat(d.convicted().map(Count::value)).contains(168L);
    assertThat(d.sentencesByKind().parts()).containsOnlyKeys(SentenceKind.NON_CUSTODIAL_UNSPECIFIED);
    assertThat(d.sentencesByKind().parts().get(SentenceKind.NON_CUSTODIAL_UNSPECIFIED).value()).isEqualTo(147);
    assertThat(SentenceKind.NON_CUSTODIAL_UNSPECIFIED.custodial()).isFalse();
    assertThat(d.sentencesByKind().coverage()).as("'of these, 147' is a partial breakdown")
        .isEqualTo(Breakdown.Coverage.PARTIAL);
    assertThat(d.convictionEvidence())
        .containsExactly(EvidenceKind.VIDEO, EvidenceKind.WITNESS_TESTIMONY, EvidenceKind.MATERIAL_EVIDENCE);
    assertThat(d.figures().values()).allMatch(Count::isExact);
    assertThat(d.detained()).isEmpty();
    assertThat(d.amnestied()).isEmpty();
  }

  @Test
  void criminalCasesOfTheInternalAffairsBodies() {
    CriminalCases c = briefing.criminalCases().get(0);
    assertThat(c.scope()).contains(SeedBriefings.INTERNAL_AFFAIRS);
    assertThat(c.underInvestigation().map(Count::value)).contains(1_090L);
    assertThat(c.casesByCategory().isEmpty()).isTrue();
    assertThat(c.personsByCategory().parts()).containsExactly(
        java.util.Map.entry(CaseCategory.THEFT, Count.exactly(196)),
        java.util.Map.entry(CaseCategory.ILLICIT_ARMS_TRAFFICKING, Count.exactly(39)),
        java.util.Map.entry(CaseCategory.ROBBERY, Count.exactly(3)),
        java.util.Map.entry(CaseCategory.CAR_THEFT, Count.exactly(3)),
        java.util.Map.entry(CaseCategory.PETTY_THEFT, Count.exactly(3)));
    assertThat(c.personsByCategory().coverage()).as("a person may be counted in two categories")
        .isEqualTo(Breakdown.Coverage.OVERLAPPING);
  }

  @Test
  void weaponsSeized() {
    WeaponSeizure w = briefing.weaponSeizure().get(0);
    assertThat(w.seized().map(Count::value)).contains(1_430L);
    assertThat(w.byType().parts()).containsExactly(
        java.util.Map.entry(WeaponType.PISTOL, Count.exactly(323)),
        java.util.Map.entry(WeaponType.ASSAULT_RIFLE, Count.exactly(148)),
        java.util.Map.entry(WeaponType.TRAUMATIC_PISTOL, Count.exactly(195)),
        java.util.Map.entry(WeaponType.GRENADE_LAUNCHER, Count.exactly(9)),
        java.util.Map.entry(WeaponType.SPECIAL_RIFLE, Count.exactly(69)),
        java.util.Map.entry(WeaponType.RIFLE, Count.exactly(8)),
        java.util.Map.entry(WeaponType.MACHINE_GUN, Count.exactly(6)));
    assertThat(w.byType().coverage()).as("'and others'").isEqualTo(Breakdown.Coverage.PARTIAL);
    Count rounds = w.ammunitionRounds().orElseThrow();
    assertThat(rounds.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(rounds.value()).isEqualTo(35_000);
    assertThat(rounds.statedAs()).contains("more than 35,000 ammunition");
    assertThat(rounds.interval(Tolerance.DEFAULT)).isEqualTo(Interval.atLeast(35_001));
    assertThat(w.voluntarilySurrendered().map(Count::value)).contains(122L);
  }

  @Test
  void arsenalLossTiedToTheZhambylDeputyHead() {
    ArsenalLoss loss = briefing.arsenalLosses().get(0);
    assertThat(loss.takenFrom()).isEqualTo("Zhambyl Region Police Department");
    assertThat(loss.stolen()).contains(Count.exactly(610));
    assertThat(loss.recovered().map(Count::value)).contains(206L);
    assertThat(loss.outstanding()).hasValue(404);
    assertThat(loss.officialCase()).contains("zhambyl-police-deputy-head");
  }

  @Test
  void theThreeOfficialsCases() {
    assertThat(briefing.officials()).extracting(OfficialCase::id, OfficialCase::status, OfficialCase::previouslyReported)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("heads-of-deserted-buildings", OfficialStatus.SUSPECT, false),
            org.assertj.core.groups.Tuple.tuple("zhambyl-police-deputy-head", OfficialStatus.DETAINED, true),
            org.assertj.core.groups.Tuple.tuple("almaty-airport-police-head", OfficialStatus.DETAINED, false));
    assertThat(briefing.officials().get(0).organisation())
        .contains("National Security Committee (KNB)", "Almaty city", "Zhambyl", "Kyzylorda", "Almaty airport");
    assertThat(briefing.officials().get(1).allegation()).contains("storage of weapons");
    assertThat(briefing.officials().get(2).allegation()).contains("left the airport unguarded");
  }

  @Test
  void propertyRecoveredWithItsStatedEquivalent() {
    PropertyRecovery p = briefing.propertyRecoveries().get(0);
    assertThat(p.description()).isEqualTo("stolen property seized");
    assertThat(p.amount()).isEqualTo(Money.of("340000000", "KZT"));
    assertThat(p.estimated()).isTrue();
    assertThat(p.statedAs()).contains("340 million tenge");
    assertThat(p.statedEquivalent()).contains(Money.of("766599", "USD"));
  }

  @Test
  void everyBulletIsKeptAsAStatement() {
    assertThat(briefing.statements()).hasSize(16);
    assertThat(briefing.statements()).extracting(s -> s.topic().orElseThrow()).containsOnly(
        "On the January unrest", "On cases and number of detainees", "On cases related to law enforcement personnel",
        "On seized weapons", "On damage to businesses, property, and people");
    assertThat(briefing.statements().get(15).text())
        .isEqualTo("Ensuring the provision of compensation for the damages will continue and remains a top priority.");
    assertThat(briefing.statements()).anySatisfy(s -> assertThat(s.text()).contains("video evidence"));
  }

  @Test
  void everyFigureHasItsPath() {
    assertThat(briefing.figures()).hasSize(26).containsKeys(
        "detention[mass-riots].suspects",
        "detention[mass-riots].sentencesByKind[non-custodial-unspecified]",
        "criminalCases[internal-affairs].personsByCategory[theft]",
        "weaponSeizure.byType[machine-gun]",
        "arsenalLosses[Zhambyl Region Police Department].recovered");
  }
}
