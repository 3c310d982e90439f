package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.briefings.model.Briefing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents: each is refused with the module's exception, whose message names the JSON path
 * and says what was expected and found; those the schema can see are refused by the schema too.
 */
public abstract class BadInputSuite extends FormatSuite {
  private static final String HEAD = "{'formatVersion':2,'id':'b','date':'2022-04-11','jurisdiction':'KZ',"
      + "'investigation':{'id':'inv','title':'An investigation'}";
  private static final String SPEAKER = "'speakers':[{'id':'adilov','name':'S. Adilov','position':'head','organisation':'MIA'}]";

  /** A valid briefing with the extra properties (each starting with a comma). */
  public static String doc(String extra) {
    return json(HEAD + extra + "}");
  }

  record Bad(String name, String json, String path, boolean schemaRejects, List<String> words) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Bad bad(String name, String json, String path, boolean schemaRejects, String... words) {
    return new Bad(name, json, path, schemaRejects, List.of(words));
  }

  /** Parts of sentence kinds of one's own, {@code k0} to {@code k<n-1>}. */
  private static String ownKinds(int n) {
    StringBuilder parts = new StringBuilder();
    for (int i = 0; i < n; i++) {
      parts.append(i == 0 ? "" : ",").append(ownKind(i));
    }
    return parts.toString();
  }

  private static String ownKind(int i) {
    return "{'kind':{'code':'k" + i + "','label':'kind " + i + "','custodial':false},'count':" + i + "}";
  }

  public static String detention(String record) {
    return doc(",'detention':[" + record + "]");
  }

  static String money(String amount) {
    return doc(",'propertyRecoveries':[{'description':'cars','amount':" + amount + "}]");
  }

  static Stream<Bad> cases() {
    return Stream.of(
        bad("unknown property", doc(",'colour':'red'"), "$.colour", true, "unknown property \"colour\"", "briefing"),
        bad("duplicate key", doc(",'id':'c'"), "$.id", false, "\"id\" appears twice"),
        bad("id of the wrong type", doc("").replace("\"id\":\"b\"", "\"id\":5"), "$.id", true,
            "expected a string", "found the number 5"),
        bad("id not a slug", doc("").replace("\"id\":\"b\"", "\"id\":\"B 1\""), "$", true,
            "id must be a lowercase slug", "\"B 1\""),
        bad("impossible date", doc("").replace("2022-04-11", "2022-13-01"), "$.date", false,
            "expected an ISO-8601 date", "\"2022-13-01\""),
        bad("date as a number", doc("").replace("\"2022-04-11\"", "20220411"), "$.date", true,
            "expected a string", "found the number 20220411"),
        bad("jurisdiction not a country", doc("").replace("\"KZ\"", "\"KAZ\""), "$", true,
            "jurisdiction must be an ISO 3166-1 alpha-2 code", "\"KAZ\""),
        bad("no formatVersion", doc("").replace("\"formatVersion\":2,", ""), "$", true, "needs \"formatVersion\": 2"),
        bad("later formatVersion", doc("").replace("\"formatVersion\":2", "\"formatVersion\":3"), "$.formatVersion",
            true, "unsupported formatVersion 3; this reader knows versions 1 to 2"),
        bad("formatVersion 0", doc("").replace("\"formatVersion\":2", "\"formatVersion\":0"), "$.formatVersion",
            true, "unsupported formatVersion 0"),
        bad("formatVersion as a string", doc("").replace("\"formatVersion\":2", "\"formatVersion\":\"2\""),
            "$.formatVersion", true, "expected a whole number", "found the string \"2\""),
        bad("no date", doc("").replace("\"date\":\"2022-04-11\",", ""), "$", true, "date"),
        bad("investigation as an array", doc("").replace("{\"id\":\"inv\",\"title\":\"An investigation\"}", "[]"),
            "$.investigation", true, "expected an investigation (an object)", "found an array"),
        bad("investigation without title", doc("").replace(",\"title\":\"An investigation\"", ""),
            "$.investigation", true, "needs \"id\" and \"title\""),
        bad("provisional as a word", doc(",'provisional':'yes'"), "$.provisional", true,
            "expected true or false", "found the string \"yes\""),
        bad("null venue", doc(",'venue':null"), "$.venue", true, "expected a string", "found null"),
        bad("speakers as an object", doc(",'speakers':{}"), "$.speakers", true, "expected an array of speakers",
            "found an object"),
        bad("speaker id not a slug", doc(",'speakers':[{'id':'Adilov','name':'S','position':'p','organisation':'o'}]"),
            "$.speakers[0]", true, "id must be a lowercase slug", "\"Adilov\""),
        bad("speaker without organisation", doc(",'speakers':[{'id':'a','name':'n','position':'p'}]"),
            "$.speakers[0]", true, "needs \"id\" and \"organisation\""),
        bad("speaker with a blank position", doc(",'speakers':[{'id':'a','position':' ','organisation':'o'}]"),
            "$.speakers[0]", true, "position must not be blank"),
        bad("speaker listed twice", doc("," + SPEAKER.replace("}]", "},{'id':'adilov','name':'X','position':'p',"
            + "'organisation':'o'}]")), "$", false, "speakers lists id \"adilov\" more than once"),
        bad("attribution to nobody", doc("," + SPEAKER + ",'organizedCrime':{'groupsInvolved':{'value':12,"
            + "'attribution':'tokayev'}}"), "$", false,
            "organizedCrime.groupsInvolved.attribution names no speaker", "\"tokayev\""),
        bad("negative count", detention("{'inCustody':-3}"), "$.detention[0].inCustody", true,
            "must not be negative: -3"),
        bad("fractional count", detention("{'suspects':1.5}"), "$.detention[0].suspects", true,
            "expected a figure", "found the number 1.5"),
        bad("count as a string", detention("{'suspects':'547'}"), "$.detention[0].suspects", true,
            "expected a figure", "found the string \"547\""),
        bad("unknown qualifier", detention("{'suspects':{'value':5,'qualifier':'ROUGHLY'}}"),
            "$.detention[0].suspects.qualifier", true, "expected one of EXACT, AT_LEAST", "found \"ROUGHLY\""),
        bad("figure without value", detention("{'suspects':{'qualifier':'AT_LEAST'}}"), "$.detention[0].suspects",
            true, "a figure needs a \"value\""),
        bad("range upside down", detention("{'suspects':{'value':30,'qualifier':'RANGE','high':20}}"),
            "$.detention[0].suspects", false, "range low must not exceed high: 30 > 20"),
        bad("range without high end", detention("{'suspects':{'value':30,'qualifier':'RANGE'}}"),
            "$.detention[0].suspects", true, "is a range but has no high end"),
        bad("high end without range", detention("{'suspects':{'value':30,'high':40}}"), "$.detention[0].suspects",
            true, "has a high end (40) but is not a range"),
        bad("unknown property of a figure", detention("{'suspects':{'value':30,'approx':true}}"),
            "$.detention[0].suspects.approx", true, "unknown property \"approx\" in a figure"),
        bad("count beyond a long", detention("{'suspects':18446744073709551616}"), "$.detention[0].suspects", true,
            "whole number up to 9223372036854775807", "18446744073709551616"),
        bad("a hundred thousand digits", detention("{'suspects':" + "9".repeat(100_000) + "}"),
            "$.detention[0].suspects", true, "oversized", "Number value length"),
        bad("unknown sentence kind", detention("{'sentencesByKind':{'parts':[{'kind':'jail','count':3}]}}"),
            "$.detention[0].sentencesByKind.parts[0].kind", true, "unknown sentence kind \"jail\"", "object with code and label"),
        bad("own sentence kind without custodial", detention("{'sentencesByKind':{'parts':[{'kind':{'code':'x','label':'x'},"
            + "'count':3}]}}"), "$.detention[0].sentencesByKind.parts[0].kind", true, "needs \"custodial\""),
        bad("a parent that is no slug", doc(",'criminalCases':[{'scope':{'key':'a','description':'A','parent':'B C'}}]"),
            "$.criminalCases[0].scope", true, "parent must be a lowercase slug", "\"B C\""),
        bad("a parent that is no scope of the section", doc(",'criminalCases':[{'scope':{'key':'a','description':'A',"
            + "'parent':'b'}}]"), "$", false, "criminalCases[a].scope.parent names no scope of criminalCases: \"b\""),
        bad("an as-of date that is no date", detention("{'convicted':{'value':1,'asOf':'2023-13'}}"),
            "$.detention[0].convicted.asOf", true, "not a calendar date", "\"2023-13\""),
        bad("an as-of date in another form", detention("{'convicted':{'value':1,'asOf':'May 2023'}}"),
            "$.detention[0].convicted.asOf", true, "expected a day (2022-04-11), a month (2023-05) or a year (2022)"),
        bad("a span with a SHA-256 that is none", detention("{'convicted':{'value':1,'span':{'source':'s.txt',"
            + "'sha256':'abc','exact':'1','start':0,'end':1}}}"), "$.detention[0].convicted.span", true,
            "sha256 must be 64 lowercase hexadecimal digits", "\"abc\""),
        bad("a span whose quote is not as long as its positions", detention("{'convicted':{'value':1,'span':{'source':"
            + "'s.txt','sha256':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','exact':'168','start':5,'end':6}}}"), "$.detention[0].convicted.span",
            false, "exact must be end - start = 1 code points, not 3", "\"168\""),
        bad("a span without its quote", detention("{'convicted':{'value':1,'span':{'source':'s.txt','sha256':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','start':5,'end':6}}}"), "$.detention[0].convicted.span", true, "\"exact\""),
        bad("an as-of date after the briefing", detention("{'convicted':{'value':1,'asOf':'2023'}}"),
            "$", false, "detention.convicted.asOf is after the briefing's date 2022-04-11: 2023"),
        bad("damage parts in another currency", doc(",'damage':[{'total':{'amount':{'amount':'10','currency':'KZT'}},"
            + "'byParty':{'parts':[{'party':'businesses','value':{'amount':{'amount':'5','currency':'USD'}}}]}}]"),
            "$.damage[0]", false, "byParty[businesses] must be in the currency of the total, KZT: 5 USD"),
        bad("an amount range without a high end", doc(",'damage':[{'total':{'amount':{'amount':'10','currency':'KZT'},"
            + "'qualifier':'RANGE'}}]"), "$.damage[0].total", true, "amount is a range but has no high end"),
        bad("an amount without amount", doc(",'damage':[{'total':{'qualifier':'MORE_THAN'}}]"), "$.damage[0].total", true,
            "an amount needs \"amount\""),
        bad("a damage part without value", doc(",'damage':[{'byParty':{'parts':[{'party':'businesses'}]}}]"),
            "$.damage[0].byParty.parts[0]", true, "a byParty part needs \"party\" and \"value\""),
        bad("a statement of a statement", detention("{'convicted':{'value':1,'alsoStated':[{'value':2,'alsoStated':[3]}]}}"),
            "$.detention[0].convicted", true, "alsoStated[0] has statements of its own"),
        bad("alsoStated not an array", detention("{'convicted':{'value':1,'alsoStated':2}}"),
            "$.detention[0].convicted.alsoStated", true, "expected an array of figures"),
        bad("sentence kind twice", detention("{'sentencesByKind':{'parts':[{'kind':'fine','count':3},{'kind':'fine','count':4}]}}"),
            "$.detention[0].sentencesByKind.parts[1]", false, "the sentence kind \"fine\" appears twice"),
        bad("a kind of one's own twice, after eight others", detention("{'sentencesByKind':{'parts':["
            + ownKinds(9) + "," + ownKind(3) + "]}}"),
            "$.detention[0].sentencesByKind.parts[9]", false, "the sentence kind \"k3\" appears twice"),
        bad("sentence kind twice, version 1", detention("{'sentencesByKind':[{'kind':'fine','count':3},{'kind':'fine','count':4}]}"),
            "$.detention[0].sentencesByKind[1]", true, "the sentence kind \"fine\" appears twice"),
        bad("a breakdown without parts", detention("{'sentencesByKind':{'coverage':'PARTIAL'}}"),
            "$.detention[0].sentencesByKind", true, "a breakdown needs \"parts\""),
        bad("an overlap of a partial breakdown", detention("{'sentencesByKind':{'coverage':'PARTIAL','overlap':1,"
            + "'parts':[{'kind':'fine','count':3}]}}"), "$.detention[0].sentencesByKind", true,
            "an overlap is stated but the coverage is PARTIAL"),
        bad("an unknown coverage", detention("{'sentencesByKind':{'coverage':'SOME','parts':[{'kind':'fine','count':3}]}}"),
            "$.detention[0].sentencesByKind.coverage", true, "expected one of EXHAUSTIVE, PARTIAL, OVERLAPPING"),
        bad("unknown evidence kind", detention("{'convictionEvidence':['dna']}"), "$.detention[0].convictionEvidence[0]",
            true, "unknown evidence kind \"dna\""),
        bad("scope of both forms", detention("{'scope':{'category':'theft','key':'k','description':'d'}}"),
            "$.detention[0].scope", true, "either a \"category\" or a \"key\""),
        bad("scope of an unknown category", detention("{'scope':{'category':'riots'}}"),
            "$.detention[0].scope.category", true, "unknown case category \"riots\""),
        bad("two records of one scope", detention("{'scope':{'category':'theft'}},{'scope':{'category':'theft'}}"),
            "$", false, "detention has more than one record with scope \"theft\""),
        bad("unknown weapon type", doc(",'weaponSeizure':{'byType':{'parts':[{'type':'cannon','count':1}]}}"),
            "$.weaponSeizure.byType.parts[0].type", true, "unknown weapon type \"cannon\""),
        bad("exhaustive breakdown of nothing", doc(",'weaponSeizure':{'byType':{'coverage':'EXHAUSTIVE','parts':[]}}"),
            "$.weaponSeizure.byType", true, "a breakdown exhaustive has no parts"),
        bad("exhaustive breakdown of nothing, version 1", doc(",'weaponSeizure':{'breakdownExhaustive':true}"),
            "$.weaponSeizure", true, "breakdownExhaustive (format version 1) is true but byType is not an array of parts"),
        bad("a version-1 flag beside a version-2 breakdown", doc(",'weaponSeizure':{'byType':{'parts':[{'type':'pistol',"
            + "'count':1}]},'breakdownExhaustive':true}"), "$.weaponSeizure", true,
            "in version 2 a breakdown states its \"coverage\""),
        bad("categories in both versions", doc(",'criminalCases':[{'byCategory':[{'category':'theft','unit':'CASES',"
            + "'count':1}],'casesByCategory':{'parts':[{'category':'theft','count':1}]}}]"), "$.criminalCases[0]", true,
            "byCategory (format version 1) and casesByCategory or personsByCategory (version 2) cannot both be given"),
        bad("category counted in weapons", doc(",'criminalCases':[{'byCategory':[{'category':'theft','unit':'WEAPONS',"
            + "'count':1}]}]"), "$.criminalCases[0].byCategory[0]", true, "unit must be PERSONS or CASES: WEAPONS"),
        bad("unknown unit", doc(",'criminalCases':[{'byCategory':[{'category':'theft','unit':'PEOPLE','count':1}]}]"),
            "$.criminalCases[0].byCategory[0].unit", true, "expected one of PERSONS, CASES", "\"PEOPLE\""),
        bad("amount as a number", money("{'amount':340000000,'currency':'KZT'}"),
            "$.propertyRecoveries[0].amount.amount", true, "expected an amount as a decimal string", "340000000"),
        bad("amount with a huge exponent", money("{'amount':'1e1000000000','currency':'KZT'}"),
            "$.propertyRecoveries[0].amount.amount", true, "plain decimal number", "1e1000000000"),
        bad("unknown currency", money("{'amount':'5','currency':'XYZ'}"), "$.propertyRecoveries[0].amount.currency",
            false, "not an ISO 4217 code", "\"XYZ\""),
        bad("currency in lower case", money("{'amount':'5','currency':'kzt'}"),
            "$.propertyRecoveries[0].amount.currency", true, "three capital letters", "\"kzt\""),
        bad("amount without currency", money("{'amount':'5'}"), "$.propertyRecoveries[0].amount", true,
            "needs \"amount\" and \"currency\""),
        bad("negative amount", money("{'amount':'-5','currency':'KZT'}"), "$.propertyRecoveries[0]", false,
            "amount must not be negative: -5 KZT"),
        bad("equivalent in the same currency", doc(",'propertyRecoveries':[{'description':'cars','amount':{'amount':'5',"
            + "'currency':'KZT'},'statedEquivalent':{'amount':'6','currency':'KZT'}}]"), "$.propertyRecoveries[0]",
            false, "statedEquivalent must be in another currency"),
        bad("unknown official status", doc(",'officials':[{'id':'o','post':'p','organisation':'o','status':'FIRED',"
            + "'allegation':'a'}]"), "$.officials[0].status", true, "expected one of SUSPECT", "\"FIRED\""),
        bad("arsenal loss of an unknown case", doc(",'arsenalLosses':[{'takenFrom':'depot','officialCase':'nobody'}]"),
            "$", false, "arsenalLosses[depot].officialCase names no official case", "\"nobody\""),
        bad("ftp source", doc(",'sources':[{'title':'t','url':'ftp://example.org/x'}]"), "$.sources[0]", true,
            "url must be an absolute http or https address"),
        bad("source without address", doc(",'sources':[{'title':'t'}]"), "$.sources[0]", true,
            "a url or a documentReference is required"),
        bad("malformed JSON inside", doc(",'speakers':[{'id' 'a'}]"), "$.speakers[0].id", true, "malformed",
            "was expecting a colon"),
        bad("an array for a briefing", json("[1,2]"), "$", true, "expected a briefing (an object)", "found an array"),
        bad("a slug of 1,400 segments", doc("").replace("\"id\":\"inv\"", "\"id\":\"" + "a-".repeat(1_400) + "a\""),
            "$.investigation", true, "id must have at most 100 characters", "(2,801 characters)"),
        bad("a name of invisible characters", doc(",'speakers':[{'id':'a','name':'\u200b\u00a0\\u0000','position':'p',"
            + "'organisation':'o'}]"), "$.speakers[0]", true, "name must not be blank"),
        bad("a name too long", doc(",'speakers':[{'id':'a','name':'" + "n".repeat(2_001) + "','position':'p',"
            + "'organisation':'o'}]"), "$.speakers[0]", true, "name must have at most 2,000 characters"),
        bad("the currency XXX", money("{'amount':'5','currency':'XXX'}"), "$.propertyRecoveries[0].amount.currency",
            true, "currency XXX", "names no money"),
        bad("the currency XTS", money("{'amount':'5','currency':'XTS'}"), "$.propertyRecoveries[0].amount.currency",
            true, "currency XTS", "names no money"),
        bad("the last date there is", doc("").replace("2022-04-11", "+999999999-12-31"), "$.date", true,
            "the date must be between 1900-01-01 and 2199-12-31: +999999999-12-31"),
        bad("the year zero", doc("").replace("2022-04-11", "0000-01-01"), "$.date", true,
            "the date must be between 1900-01-01 and 2199-12-31: 0000-01-01"),
        // codes are looked up in the parser's buffer: what breaks a string breaks them at their own path
        bad("a raw control character in a well-known code", detention("{'scope':{'category':'mass\u0001riots'}}"),
            "$.detention[0].scope.category", true, "malformed", "CTRL-CHAR"),
        bad("a raw control character in a coverage", detention("{'sentencesByKind':{'coverage':'PARTI\u0007AL',"
            + "'parts':[]}}"), "$.detention[0].sentencesByKind.coverage", true, "malformed", "CTRL-CHAR"),
        bad("a code that is a well-known one and more", detention("{'scope':{'category':'mass-riots-2'}}"),
            "$.detention[0].scope.category", true, "unknown case category \"mass-riots-2\""),
        bad("a term of your own with a well-known code", detention("{'sentencesByKind':{'parts':[{'kind':{'code':'imprisonment',"
            + "'label':'imprisonment','custodial':false},'count':3}]}}"), "$.detention[0].sentencesByKind.parts[0].kind", false,
            "code \"imprisonment\" is the code of a well-known sentence kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theReaderRefusesItNamingThePathAndWhatWasExpected(Bad bad) {
    Throwable thrown = catchThrowable(() -> read(bad.json(), Briefing.class));
    assertThat(binding().refusal(thrown)).as("reading %s: %s", bad.name(), thrown).isPresent();
    Binding.Refusal refusal = binding().refusal(thrown).get();
    assertThat(refusal.message()).startsWith("at " + bad.path() + ": ");
    assertThat(refusal.message()).contains(bad.words());
    assertThat(refusal.path()).as("getPath() of %s", bad.name()).isEqualTo(bad.path());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSchemaRefusesExactlyWhatItCanSee(Bad bad) {
    // what the schema cannot see (invariants across values, duplicate keys, impossible dates, limits of
    // the parser) it must accept: a case marked wrongly fails here either way
    assertThat(Schemas.briefingErrors(bad.json())).as(bad.name()).matches(
        errors -> errors.isEmpty() != bad.schemaRejects(),
        bad.schemaRejects() ? "refused by the schema" : "accepted by the schema");
  }

  @Test
  void thereAreAtLeastFortyCasesAndTheSchemaSeesMostOfThem() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    assertThat(cases().filter(Bad::schemaRejects).count()).isGreaterThanOrEqualTo(30);
    assertThat(Schemas.briefingErrors(doc("," + SPEAKER))).isEmpty();
  }

  @Test
  void hostileNumbersAreRefusedFast() {
    String digits = detention("{'suspects':" + "9".repeat(100_000) + "}");
    long start = System.nanoTime();
    Throwable longNumber = catchThrowable(() -> binding().readWithDefaults(digits, Briefing.class));
    Throwable exponent = catchThrowable(() -> binding().readWithDefaults(money("{'amount':'1e1000000000','currency':'KZT'}"), Briefing.class));
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1_000);
    assertThat(longNumber).as("a number of 100,000 digits").isNotNull();
    assertThat(binding().refusal(longNumber).map(Binding.Refusal::message)).get().asString().startsWith("at $.detention[0].suspects: ");
    assertThat(exponent).as("an amount with a huge exponent").isNotNull();
    assertThat(binding().refusal(exponent).map(Binding.Refusal::message)).get().asString().startsWith("at $.propertyRecoveries[0].amount.amount: ")
        .contains("plain decimal number");
  }
}
