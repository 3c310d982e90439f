package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.briefings.fixtures.EveryFigure;
import io.github.briefings.format.JsonFormat;
import io.github.briefings.model.Figure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Term;
import io.github.briefings.model.Vocabulary;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure a section declares is written under its name, and the schema knows it under that name;
 * every vocabulary is read and written by one reader and one writer, and the schema agrees with it.
 */
public abstract class CatalogueJsonSuite extends FormatSuite {
  /** Where each section's record sits in a briefing document, and its definition in the schema. */
  private static final Map<String, String[]> PLACES = Map.of(
      "detention", new String[] {"/detention/0", "detention"},
      "criminalCases", new String[] {"/criminalCases/0", "criminalCases"},
      "organizedCrime", new String[] {"/organizedCrime", "organizedCrime"},
      "weaponSeizure", new String[] {"/weaponSeizure/0", "weaponSeizure"},
      "casualties", new String[] {"/casualties/0", "casualties"},
      "damage", new String[] {"/damage/0", "damage"},
      "arsenalLosses", new String[] {"/arsenalLosses/0", "arsenalLoss"},
      "officials", new String[] {"/officials/0", "officialCase"});

  @Test
  void everyDeclaredFigureIsWrittenAndInTheSchemaUnderItsName() throws Exception {
    JsonNode written = tree(write(EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5)));
    JsonNode schema = schema();
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
            .isEqualTo(f.isBreakdown() ? "object" : "");
        checked++;
      }
      // and the other way round: every figure the schema has in this section is declared
      properties.fields().forEachRemaining(p -> {
        boolean count = p.getValue().path("$ref").asText().equals("#/$defs/count");
        boolean breakdown = p.getValue().path("properties").path("parts").path("items").path("properties").has("count");
        if (count || breakdown) {
          assertThat(section.figures()).as("the schema's %s.%s", section, p.getKey())
              .anySatisfy(f -> assertThat(f.name()).isEqualTo(p.getKey()));
        }
      });
    }
    assertThat(checked).isEqualTo(41);
    assertThat(Schemas.briefingErrors(write(EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5)))).isEmpty();
  }

  @Test
  void everyVocabularyIsInTheSchemaWithItsCodesAndAttributes() throws Exception {
    JsonNode schema = schema();
    for (Vocabulary<?> v : Vocabulary.standard()) {
      String name = v.type().getSimpleName();
      JsonNode def = schema.at("/$defs/" + Character.toLowerCase(name.charAt(0)) + name.substring(1) + "/oneOf");
      List<String> codes = new ArrayList<>();
      def.get(0).path("enum").forEach(code -> codes.add(code.asText()));
      JsonNode own = def.get(def.size() - 1);
      assertThat(def.size()).as("%s: the well-known codes, if any, and terms of your own", v)
          .isEqualTo(v.wellKnown().isEmpty() ? 1 : 2);
      assertThat(codes).as("%s codes", v).containsExactlyElementsOf(v.wellKnown().stream().map(Term::code).toList());
      List<String> properties = new ArrayList<>();
      own.get("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      own.get("required").forEach(r -> required.add(r.asText()));
      List<String> expectedProperties = new ArrayList<>(List.of("code", "label"));
      List<String> expectedRequired = new ArrayList<>(List.of("code", "label"));
      for (Vocabulary.Attribute<?> a : v.attributes()) {
        expectedProperties.add(a.name());
        if (a.isRequired()) {
          expectedRequired.add(a.name());
        }
        JsonNode property = own.get("properties").get(a.name());
        assertThat(a.type() == Boolean.class ? property.path("type").asText() : property.path("$ref").asText())
            .as("%s.%s", v, a).isEqualTo(a.type() == Boolean.class ? "boolean" : "#/$defs/text");
      }
      assertThat(properties).as("%s properties", v).containsExactlyElementsOf(expectedProperties);
      assertThat(required).as("%s required", v).containsExactlyElementsOf(expectedRequired);
    }
  }

  @Test
  void oneReaderAndWriterServeEveryVocabulary() throws Exception {
    for (Vocabulary<?> v : Vocabulary.standard()) {
      for (Term known : v.wellKnown()) {
        assertThat(write(known)).isEqualTo("\"" + known.code() + "\"");
        assertThat(read("\"" + known.code() + "\"", v.type())).isSameAs(known);
      }
      Map<String, Object> attributes = new HashMap<>();
      for (Vocabulary.Attribute<?> a : v.attributes()) {
        attributes.put(a.name(), a.type() == Boolean.class ? (Object) Boolean.TRUE : "Article 1");
      }
      Term own = v.of("x-own", "own term", attributes);
      String json = write(own);
      assertThat(tree(json).size()).as(json).isEqualTo(2 + attributes.size());
      assertThat(read(json, v.type())).isEqualTo(own);
      assertRefused(() -> read("\"x-own\"", v.type())).startsWith("at $: unknown " + v.name() + " \"x-own\"");
    }
  }

  private JsonNode schema() throws Exception {
    try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      return TREES.readTree(in);
    }
  }
}
