package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documents the schema accepts and the reader refuses, as FORMAT.md lists them ("Where the schema
 * is looser than the reader"): each is valid by the schema, refused by the reader, and in the list.
 */
public abstract class SchemaLooserSuite extends FormatSuite {
  /** The FORMAT.md row that documents each difference, and an input that shows it. */
  private static final Map<String, String> DIFFERENCES = Map.of(
      "a date that is no calendar day, `\"2022-02-30\"`", BadInputSuite.doc("").replace("2022-04-11", "2022-02-30"),
      "a count written with a fraction part, `547.0`", BadInputSuite.doc(",'detention':[{'suspects':547.0}]"),
      "an attribution to a speaker the briefing does not list",
      BadInputSuite.doc(",'detention':[{'suspects':{'value':1,'attribution':'nobody'}}]"),
      "a repeated id, scope, place or key",
      BadInputSuite.doc(",'officials':[{'id':'o','post':'p','organisation':'x','status':'SUSPECT','allegation':'a'},"
          + "{'id':'o','post':'q','organisation':'y','status':'SUSPECT','allegation':'b'}]"),
      "a span whose quote is not as many code points as its positions say",
      BadInputSuite.doc(",'detention':[{'convicted':{'value':1,'span':{'source':'s.txt','sha256':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
          + "'exact':'168','start':5,'end':6}}}]"),
      "a figure as of a later date than its briefing",
      BadInputSuite.doc(",'detention':[{'suspects':{'value':1,'asOf':'2030'}}]"),
      "a term of your own with a well-known code and other attributes",
      BadInputSuite.doc(",'detention':[{'sentencesByKind':{'parts':[{'kind':{'code':'imprisonment','label':'jail',"
          + "'custodial':true},'count':3}]}}]"));

  @Test
  void eachDocumentedDifferenceIsValidByTheSchemaRefusedByTheReaderAndListed() throws Exception {
    String format = formatMd();
    String section = format.substring(format.indexOf("## Where the schema is looser than the reader"),
        format.indexOf("## Limits a reader should set"));
    for (Map.Entry<String, String> d : DIFFERENCES.entrySet()) {
      assertThat(section).as("FORMAT.md lists it").contains("| " + d.getKey());
      assertThat(Schemas.briefingErrors(d.getValue())).as(d.getKey()).isEmpty();
      assertRefused(() -> read(d.getValue(), Briefing.class)).as(d.getKey()).startsWith("at $");
    }
  }
}
