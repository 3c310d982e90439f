package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.model.Briefing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documents the schema accepts and the reader refuses, as FORMAT.md lists them ("Where the schema
 * is looser than the reader"): each is valid by the schema, refused by the reader, and in the list.
 */
class SchemaLooserTest extends ModuleTestBase {
  /** The FORMAT.md row that documents each difference, and an input that shows it. */
  private static final Map<String, String> DIFFERENCES = Map.of(
      "a date that is no calendar day, `\"2022-02-30\"`", BadInputTest.doc("").replace("2022-04-11", "2022-02-30"),
      "a count written with a fraction part, `547.0`", BadInputTest.doc(",'detention':[{'suspects':547.0}]"),
      "an attribution to a speaker the briefing does not list",
      BadInputTest.doc(",'detention':[{'suspects':{'value':1,'attribution':'nobody'}}]"),
      "a repeated id, scope, place or key",
      BadInputTest.doc(",'officials':[{'id':'o','post':'p','organisation':'x','status':'SUSPECT','allegation':'a'},"
          + "{'id':'o','post':'q','organisation':'y','status':'SUSPECT','allegation':'b'}]"),
      "a figure as of a later date than its briefing",
      BadInputTest.doc(",'detention':[{'suspects':{'value':1,'asOf':'2030'}}]"),
      "a term of your own with a well-known code and other attributes",
      BadInputTest.doc(",'detention':[{'sentencesByKind':{'parts':[{'kind':{'code':'imprisonment','label':'jail',"
          + "'custodial':true},'count':3}]}}]"));

  @Test
  void eachDocumentedDifferenceIsValidByTheSchemaRefusedByTheReaderAndListed() throws Exception {
    String format = Files.readString(Path.of("../format/FORMAT.md"));
    String section = format.substring(format.indexOf("## Where the schema is looser than the reader"),
        format.indexOf("## Limits a reader should set"));
    for (Map.Entry<String, String> d : DIFFERENCES.entrySet()) {
      assertThat(section).as("FORMAT.md lists it").contains("| " + d.getKey());
      assertThat(Schemas.briefingErrors(d.getValue())).as(d.getKey()).isEmpty();
      assertThatExceptionOfType(MismatchedInputException.class).as(d.getKey())
          .isThrownBy(() -> mapper().readValue(d.getValue(), Briefing.class))
          .withMessageStartingWith("at $");
    }
  }
}
