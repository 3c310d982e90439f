package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.fixtures.EveryFigure;
import io.github.briefings.model.Figure;
import io.github.briefings.model.Section;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every figure a section declares is written under its name, and the schema knows it under that name. */
class CatalogueJsonTest extends ModuleTestBase {
  /** Where each section's record sits in a briefing document, and its definition in the schema. */
  private static final Map<String, String[]> PLACES = Map.of(
      "detention", new String[] {"/detention/0", "detention"},
      "criminalCases", new String[] {"/criminalCases/0", "criminalCases"},
      "organizedCrime", new String[] {"/organizedCrime", "organizedCrime"},
      "weaponSeizure", new String[] {"/weaponSeizure", "weaponSeizure"},
      "arsenalLosses", new String[] {"/arsenalLosses/0", "arsenalLoss"},
      "officials", new String[] {"/officials/0", "officialCase"});

  @Test
  void everyDeclaredFigureIsWrittenAndInTheSchemaUnderItsName() throws Exception {
    ObjectMapper mapper = mapper();
    JsonNode written = mapper.readTree(mapper.writeValueAsString(EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5)));
    JsonNode schema;
    try (InputStream in = BriefingsModule.class.getResourceAsStream(BriefingsModule.SCHEMA_RESOURCE)) {
      schema = mapper.readTree(in);
    }
    int checked = 0;
    for (Section<?, ?> section : Section.standard()) {
      String[] place = PLACES.get(section.name());
      assertThat(place).as("a place for %s", section).isNotNull();
      JsonNode record = written.at(place[0]);
      JsonNode properties = schema.at("/$defs/" + place[1] + "/properties");
      for (Figure<?, ?> f : section.figures()) {
        assertThat(record.has(f.name())).as("%s.%s written", section, f).isTrue();
        assertThat(properties.has(f.name())).as("%s.%s in the schema", section, f).isTrue();
        assertThat(properties.get(f.name()).path("type").asText()).as("%s.%s in the schema", section, f)
            .isEqualTo(f.isBreakdown() ? "array" : "");
        checked++;
      }
      // and the other way round: every figure the schema has in this section is declared
      properties.fields().forEachRemaining(p -> {
        boolean count = p.getValue().path("$ref").asText().equals("#/$defs/count");
        boolean breakdown = p.getValue().path("items").path("properties").has("count");
        if (count || breakdown) {
          assertThat(section.figures()).as("the schema's %s.%s", section, p.getKey())
              .anySatisfy(f -> assertThat(f.name()).isEqualTo(p.getKey()));
        }
      });
    }
    assertThat(checked).isEqualTo(30);
    assertThat(Schemas.briefingErrors(mapper.writeValueAsString(EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5)))).isEmpty();
  }
}
