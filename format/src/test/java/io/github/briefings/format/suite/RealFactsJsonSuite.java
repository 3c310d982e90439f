package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real facts of the issue "Real briefings fit" in format version 2: written, read back equal, and valid by the schema. */
public abstract class RealFactsJsonSuite extends FormatSuite {
  private static final List<Briefing> REAL = List.of(RealFacts.institutionSpeaks(), RealFacts.officeSpeaks(),
      RealFacts.twoStatementsOfOneFigure(), RealFacts.subScopes(208),
      RealFacts.breakdowns(java.util.Optional.of(Count.exactly(420)), 4_642), RealFacts.weaponsByProvenance(),
      RealFacts.casualties(150), RealFacts.damage("188400000"), RealFacts.damageMoreThan());

  @Test
  void everyRealBriefingRoundTripsAndMatchesTheSchema() throws Exception {
    for (Briefing b : REAL) {
      String json = write(b);
      assertThat(json).contains("\"formatVersion\" : 2");
      assertThat(read(json, Briefing.class)).isEqualTo(b);
      assertThat(Schemas.briefingErrors(json)).as(json).isEmpty();
    }
  }

  @Test
  void aFigureStatedTwiceIsWrittenWithItsOtherStatement() throws Exception {
    Count twice = Count.exactly(92).withAlsoStated(Count.exactly(93).withStatedAs("93"));
    assertThat(writeCompact(twice)).isEqualTo("{\"value\":92,\"alsoStated\":[{\"value\":93,\"statedAs\":\"93\"}]}");
    assertThat(read("{\"value\":92,\"alsoStated\":[93]}", Count.class))
        .isEqualTo(Count.exactly(92).withAlsoStated(Count.exactly(93)));
  }

  @Test
  void anInstitutionIsWrittenWithIdAndOrganisationOnly() throws Exception {
    assertThat(writeCompact(RealFacts.INDUSTRY_MINISTRY)).isEqualTo(
        "{\"id\":\"industry-ministry\",\"organisation\":\"Ministry of Industry and Infrastructure Development of Kazakhstan\"}");
    assertThat(read("{\"id\":\"x\",\"position\":\"Spokesperson\",\"organisation\":\"Police\"}", Speaker.class))
        .isEqualTo(Speaker.builder().id("x").position("Spokesperson").organisation("Police").build());
  }
}
