package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.validation.Validator;
import org.junit.jupiter.api.Test;

/** The real facts of the issue "Real briefings fit" are recorded without free text, and validate as a careful reader would. */
class RealFactsTest {
  private static final Validator VALIDATOR = Validator.standard();

  @Test
  void anInstitutionSpeaksInItsOwnName() {
    Briefing b = RealFacts.institutionSpeaks();
    Speaker ministry = b.speaker("industry-ministry").orElseThrow();
    assertThat(ministry.isInstitution()).isTrue();
    assertThat(ministry.name()).isEmpty();
    assertThat(ministry.position()).isEmpty();
    assertThat(ministry).hasToString("Ministry of Industry and Infrastructure Development of Kazakhstan");
    assertThat(b.statements().get(0).attribution()).contains("industry-ministry");
    assertThat(RealFacts.officeSpeaks().speakers()).containsExactly(RealFacts.US_ATTORNEY);
    assertThat(VALIDATOR.validate(b).violations()).isEmpty();
  }

  @Test
  void aPersonsPositionMayBeUnknownAndAnOfficialUnnamed() {
    Speaker unknownPost = Speaker.builder().id("nurlanov").name("A. Nurlanov").organisation("Akimat of Almaty").build();
    assertThat(unknownPost.isInstitution()).isFalse();
    assertThat(unknownPost).hasToString("A. Nurlanov (Akimat of Almaty)");
    Speaker spokesperson = Speaker.builder().id("spokesperson").position("Spokesperson").organisation("Almaty Police").build();
    assertThat(spokesperson.isInstitution()).isFalse();
    assertThat(spokesperson).hasToString("Spokesperson (Almaty Police)");
  }
}
