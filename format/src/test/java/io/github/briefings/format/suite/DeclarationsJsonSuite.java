package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declarations files: written, read back equal, valid by their schema; bad ones refused by path. */
public abstract class DeclarationsJsonSuite extends FormatSuite {
  static final Declarations OWN = Declarations.of(List.of(RealFacts.SENTENCES_REDUCED, RealFacts.OFFICER_SHIFTS),
      List.of(Relation.builder("own.reduced-within-convicted").description("sentences reduced ≤ convicted")
              .in("detention").sumOf("sentencesReduced").atMost("convicted"),
          Relation.builder("own.charged-within-detained").in("detention").sumOf("charged").atMost("detained"),
          Relation.builder("own.region-within-whole").severity(Severity.ERROR).in("criminalCases").sumOf("sentToCourt")
              .toParent().atMost("sentToCourt")));

  @Test
  void aDeclarationsFileRoundTripsAndMatchesItsSchema() throws Exception {
    String json = write(OWN);
    assertThat(json).contains("\"declarationsVersion\" : 1").contains("\"toParent\" : true");
    assertThat(read(json, Declarations.class)).isEqualTo(OWN);
    assertThat(Schemas.declarationsErrors(json)).as(json).isEmpty();
  }

  @Test
  void aBriefingWithFiguresOfItsOwnMeasuresRoundTrips() throws Exception {
    Briefing b = RealFacts.ownMeasures(900);
    String json = write(b);
    assertThat(read(json, Briefing.class)).isEqualTo(b);
    assertThat(Schemas.briefingErrors(json)).as(json).isEmpty();
    Declarations read = read(write(OWN), Declarations.class);
    assertThat(Validator.builder().withoutStandardRules().addRules(read.rules()).build().validate(b).findings())
        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("detention.sentencesReduced"));
  }

  @Test
  void badDeclarationsAreRefusedWithTheirPathAndProblem() {
    assertRefused(() -> read(json("{'declarationsVersion':1,'relations':[{'id':'own.x','section':'detention',"
            + "'left':['sentencesReduced'],'comparison':'AT_MOST','right':['convicted']}]}"), Declarations.class)).startsWith("at $: invalid declarations: relation own.x names no figure of detention: \"sentencesReduced\"");
    assertRefused(() -> read(json("{'declarationsVersion':2}"), Declarations.class)).startsWith("at $.declarationsVersion: unsupported declarationsVersion 2");
    assertRefused(() -> read(json("{'declarationsVersion':1,'measures':[{'id':'x-y','label':'l',"
            + "'unit':'PERSONS','kind':'STOCK'}]}"), Declarations.class)).startsWith("at $.measures[0]: invalid OwnMeasure: id must be a figure name");
    assertRefused(() -> read(json("{'declarationsVersion':1,'relations':[{'id':'own.x','section':'detention',"
            + "'left':['charged'],'comparison':'MOSTLY','right':['detained']}]}"), Declarations.class)).startsWith("at $.relations[0].comparison: expected one of AT_MOST, AT_LEAST, EQUAL");
  }

  @Test
  void aFigureOfOnesOwnWithABreakdownRoundTripsItsDimensionToldByTheKey() throws Exception {
    Briefing b = Briefing.builder().from(RealFacts.ownMeasures(2_000)).ownFigures(List.of(
        io.github.briefings.model.OwnFigure.of("officerShifts", io.github.briefings.model.Count.exactly(40_000))
            .withBreakdown(io.github.briefings.model.Breakdown.builder(io.github.briefings.model.Region.VOCABULARY)
                .put(io.github.briefings.model.Region.of("almaty", "Almaty"), io.github.briefings.model.Count.exactly(15_000))
                .build()))).build();
    String json = write(b);
    assertThat(json).contains("\"region\" : {");
    assertThat(read(json, Briefing.class)).isEqualTo(b);
    assertThat(Schemas.briefingErrors(json)).as(json).isEmpty();
    assertRefused(() -> read(json("{'measure':'x','count':1,'breakdown':{'parts':[{'region':{'code':'a',"
            + "'label':'A'},'count':1},{'group':'civilians','count':1}]}}"), io.github.briefings.model.OwnFigure.class)).startsWith("at $.breakdown.parts[1].group: the parts of one breakdown are keyed along one dimension: \"group\" after \"region\"");
  }
}
