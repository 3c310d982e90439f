package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declarations files: written, read back equal, valid by their schema; bad ones refused by path. */
class DeclarationsJsonTest extends ModuleTestBase {
  static final Declarations OWN = Declarations.of(List.of(RealFacts.SENTENCES_REDUCED, RealFacts.OFFICER_SHIFTS),
      List.of(Relation.builder("own.reduced-within-convicted").description("sentences reduced ≤ convicted")
              .in("detention").sumOf("sentencesReduced").atMost("convicted"),
          Relation.builder("own.charged-within-detained").in("detention").sumOf("charged").atMost("detained"),
          Relation.builder("own.region-within-whole").severity(Severity.ERROR).in("criminalCases").sumOf("sentToCourt")
              .toParent().atMost("sentToCourt")));

  @Test
  void aDeclarationsFileRoundTripsAndMatchesItsSchema() throws Exception {
    ObjectMapper mapper = mapper();
    String json = mapper.writeValueAsString(OWN);
    assertThat(json).contains("\"declarationsVersion\" : 1").contains("\"toParent\" : true");
    assertThat(mapper.readValue(json, Declarations.class)).isEqualTo(OWN);
    assertThat(Schemas.declarationsErrors(json)).as(json).isEmpty();
  }

  @Test
  void aBriefingWithFiguresOfItsOwnMeasuresRoundTrips() throws Exception {
    ObjectMapper mapper = mapper();
    Briefing b = RealFacts.ownMeasures(900);
    String json = mapper.writeValueAsString(b);
    assertThat(mapper.readValue(json, Briefing.class)).isEqualTo(b);
    assertThat(Schemas.briefingErrors(json)).as(json).isEmpty();
    Declarations read = mapper.readValue(mapper.writeValueAsString(OWN), Declarations.class);
    assertThat(Validator.builder().withoutStandardRules().addRules(read.rules()).build().validate(b).violations())
        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("detention.sentencesReduced"));
  }

  @Test
  void badDeclarationsAreRefusedWithTheirPathAndProblem() {
    ObjectMapper mapper = mapper();
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> mapper.readValue(json("{'declarationsVersion':1,'relations':[{'id':'own.x','section':'detention',"
            + "'left':['sentencesReduced'],'comparison':'AT_MOST','right':['convicted']}]}"), Declarations.class))
        .withMessageStartingWith("at $: invalid declarations: relation own.x names no figure of detention: \"sentencesReduced\"");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> mapper.readValue(json("{'declarationsVersion':2}"), Declarations.class))
        .withMessageStartingWith("at $.declarationsVersion: unsupported declarationsVersion 2");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> mapper.readValue(json("{'declarationsVersion':1,'measures':[{'id':'x-y','label':'l',"
            + "'unit':'PERSONS','kind':'STOCK'}]}"), Declarations.class))
        .withMessageStartingWith("at $.measures[0]: invalid OwnMeasure: id must be a figure name");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> mapper.readValue(json("{'declarationsVersion':1,'relations':[{'id':'own.x','section':'detention',"
            + "'left':['charged'],'comparison':'MOSTLY','right':['detained']}]}"), Declarations.class))
        .withMessageStartingWith("at $.relations[0].comparison: expected one of AT_MOST, AT_LEAST, EQUAL");
  }

  @Test
  void aFigureOfOnesOwnWithABreakdownRoundTripsItsDimensionToldByTheKey() throws Exception {
    ObjectMapper mapper = mapper();
    Briefing b = Briefing.builder().from(RealFacts.ownMeasures(2_000)).ownFigures(List.of(
        io.github.briefings.model.OwnFigure.of("officerShifts", io.github.briefings.model.Count.exactly(40_000))
            .withBreakdown(io.github.briefings.model.Breakdown.builder(io.github.briefings.model.Region.VOCABULARY)
                .put(io.github.briefings.model.Region.of("almaty", "Almaty"), io.github.briefings.model.Count.exactly(15_000))
                .build()))).build();
    String json = mapper.writeValueAsString(b);
    assertThat(json).contains("\"region\" : {");
    assertThat(mapper.readValue(json, Briefing.class)).isEqualTo(b);
    assertThat(Schemas.briefingErrors(json)).as(json).isEmpty();
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> mapper.readValue(json("{'measure':'x','count':1,'breakdown':{'parts':[{'region':{'code':'a',"
            + "'label':'A'},'count':1},{'group':'civilians','count':1}]}}"), io.github.briefings.model.OwnFigure.class))
        .withMessageStartingWith("at $.breakdown.parts[1].group: the parts of one breakdown are keyed along one dimension: \"group\" after \"region\"");
  }
}
