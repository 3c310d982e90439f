package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.ValidationReport;
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
  void twoStatementsOfOneFigureAreOneFigureAndAWarningNamingBoth() {
    Briefing b = RealFacts.twoStatementsOfOneFigure();
    Count imprisoned = b.figures().get("detention.sentencesByKind[imprisonment]");
    assertThat(imprisoned.statements()).extracting(Count::value).containsExactly(92L, 93L);
    assertThat(imprisoned.interval()).isEqualTo(Interval.of(92, 93));
    assertThat(imprisoned).hasToString("92 / 93");
    ValidationReport report = VALIDATOR.validate(b);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(StandardRules.CONFLICTING_STATEMENTS);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.path()).isEqualTo("detention.sentencesByKind[imprisonment]");
      assertThat(v.message()).contains("92 (\"92 sentenced to imprisonment\")", "93 (\"93 sentenced to imprisonment\")");
      assertThat(v.values()).containsOnlyKeys("statement 1", "statement 2");
    });
  }

  @Test
  void statementsThatCanAgreeAreNoConflict() {
    Count about = Count.about(90).withAlsoStated(Count.exactly(93));
    Briefing b = Briefing.builder().from(RealFacts.twoStatementsOfOneFigure()).detention(java.util.List.of(
        DetentionStats.builder().putSentencesByKind(SentenceKind.IMPRISONMENT, about).build())).build();
    assertThat(VALIDATOR.validate(b).violations()).isEmpty();
  }

  @Test
  void aStatementOfAStatementIsRefusedAndSoIsAnUnknownSpeaker() {
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Count.exactly(1).withAlsoStated(Count.exactly(2).withAlsoStated(Count.exactly(3))))
        .withMessageContaining("alsoStated[0] has statements of its own");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().from(RealFacts.twoStatementsOfOneFigure()).detention(java.util.List.of(
            DetentionStats.builder().convicted(Count.exactly(1).withAlsoStated(Count.exactly(2).withAttribution("nobody")))
                .build())).build())
        .withMessageContaining("detention.convicted.alsoStated[0].attribution names no speaker of the briefing: \"nobody\"");
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
