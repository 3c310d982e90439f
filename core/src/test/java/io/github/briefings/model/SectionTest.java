package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.EveryFigure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declarations themselves: names, paths, and what each section type's figures() returns. */
class SectionTest {
  private static final Briefing EVERY_FIGURE = EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5);

  @Test
  void eachSectionTypesFiguresAreItsDeclaredFigures() {
    DetentionStats d = EVERY_FIGURE.detention().get(0);
    assertThat(d.figures()).isEqualTo(DetentionStats.SECTION.stated(d)).hasSize(15)
        .containsEntry("sentencesByKind[fine]", Count.exactly(5));
    CriminalCases c = EVERY_FIGURE.criminalCases().get(0);
    assertThat(c.figures()).isEqualTo(CriminalCases.SECTION.stated(c)).hasSize(6)
        .containsEntry("personsByCategory[theft]", Count.exactly(5)).containsEntry("casesByCategory[theft]", Count.exactly(5));
    OrganizedCrime o = EVERY_FIGURE.organizedCrime().orElseThrow();
    assertThat(o.figures()).isEqualTo(OrganizedCrime.SECTION.stated(o)).hasSize(3);
    WeaponSeizure w = EVERY_FIGURE.weaponSeizure().get(0);
    assertThat(w.figures()).isEqualTo(WeaponSeizure.SECTION.stated(w)).hasSize(5);
    ArsenalLoss a = EVERY_FIGURE.arsenalLosses().get(0);
    assertThat(a.figures()).isEqualTo(ArsenalLoss.SECTION.stated(a)).containsOnlyKeys("stolen", "recovered");
  }

  @Test
  void pathsNameRecordsByTheirKeys() {
    DetentionStats scoped = EVERY_FIGURE.detention().get(0);
    assertThat(DetentionStats.SECTION.path(scoped)).isEqualTo("detention[mass-riots]");
    assertThat(DetentionStats.SECTION.path(scoped, DetentionStats.CONVICTED)).isEqualTo("detention[mass-riots].convicted");
    assertThat(DetentionStats.SECTION.path(DetentionStats.builder().build(), DetentionStats.CONVICTED))
        .isEqualTo("detention.convicted");
    WeaponSeizure w = EVERY_FIGURE.weaponSeizure().get(0);
    assertThat(WeaponSeizure.SECTION.path(w, WeaponSeizure.BY_TYPE, WeaponSeizure.BY_TYPE.in(w).get(0)))
        .isEqualTo("weaponSeizure.byType[pistol]");
    assertThat(ArsenalLoss.SECTION.path(EVERY_FIGURE.arsenalLosses().get(0))).isEqualTo("arsenalLosses[depot]");
    assertThat(OfficialCase.SECTION.path(EVERY_FIGURE.officials().get(0))).isEqualTo("officials[o]");
  }

  @Test
  void aFigureOfOnesOwnWithAnEmptyBreakdownHasNone() {
    // as in a section, where an empty breakdown is no breakdown; JSON has no way to write an empty one
    OwnFigure f = OwnFigure.of("shifts", Count.exactly(3)).withBreakdown(Breakdown.none(Region.VOCABULARY));
    assertThat(f.breakdown()).isEmpty();
    assertThat(f).isEqualTo(OwnFigure.of("shifts", Count.exactly(3)));
    assertThat(f.withBreakdown(Breakdown.builder(Region.VOCABULARY).put(Region.of("almaty", "Almaty"), Count.exactly(1))
        .build()).breakdown()).isPresent();
  }

  @Test
  void declarationsPrintTheirNamesAndKnowTheirUnits() {
    assertThat(DetentionStats.SECTION).hasToString("detention");
    assertThat(DetentionStats.CONVICTED).hasToString("convicted");
    assertThat(DetentionStats.CONVICTED.unit()).isEqualTo(Unit.PERSONS);
    assertThat(WeaponSeizure.AMMUNITION_ROUNDS.unit()).isEqualTo(Unit.ROUNDS);
    assertThat(OrganizedCrime.GROUPS_INVOLVED.unit()).isEqualTo(Unit.GROUPS);
    assertThat(CriminalCases.REGISTERED.unit()).isEqualTo(Unit.CASES);
    assertThat(DetentionStats.SECTION.figure("nothing")).isEmpty();
  }

  @Test
  void aSectionCannotDeclareOneNameTwice() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Section<DetentionStats, DetentionStats.Builder>("detention", b -> List.of(),
            d -> Optional.empty(), DetentionStats.SUSPECTS, DetentionStats.SUSPECTS))
        .withMessage("detention declares the figure suspects twice");
  }

  @Test
  void twoArsenalLossesAtOnePlaceAreRefused() {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Briefing.builder().id("b")
            .date(LocalDate.of(2022, 4, 11)).jurisdiction("KZ").investigation(Investigation.of("i", "t"))
            .addArsenalLosses(ArsenalLoss.builder().takenFrom("depot").build(),
                ArsenalLoss.builder().takenFrom("depot").build())
            .build())
        .withMessage("invalid Briefing \"b\": arsenalLosses lists the place \"depot\" more than once");
  }

  @Test
  void onlyAnAttributionToNoListedSpeakerIsAProblem() {
    Briefing seed = io.github.briefings.fixtures.SeedBriefings.april11();
    assertThat(seed.figures().values()).anySatisfy(c -> assertThat(c.attribution()).isPresent());
    assertThat(SentenceKind.FINE).hasToString("fine");
  }
}
