package io.github.briefings.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.briefings.examples.Embedded;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Drives the tool through its entry point and checks output and exit codes. */
class BriefingsCliTest {
  @TempDir
  Path dir;
  Path april11;
  Path april25;

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BriefingsCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copySeeds() throws IOException {
    april11 = copy(Embedded.APRIL_11, "kz-2022-04-11.json");
    april25 = copy(Embedded.APRIL_25, "kz-2022-04-25.json");
  }

  private Path copy(String resource, String name) throws IOException {
    try (InputStream in = Embedded.class.getResourceAsStream(resource)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void validateWithNoFileChecksTheEmbeddedSeedBriefing() {
    Run r = run("validate");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(
        "Briefing kz-2022-04-11 of 2022-04-11, Central Communications Service (KZ), provisional\n"
            + "Investigation: Investigation into the tragic events of January 2022 in Kazakhstan\n"
            + "Speakers: Yeldos Kilymzhanov (Deputy Head of the 1st Service, Prosecutor General's Office of Kazakhstan)\n"
            + "          Sanzhar Adilov (Head of the investigative department, Ministry of Internal Affairs of Kazakhstan)\n"
            + "\n"
            + "SEVERITY  RULE                                            PATH                            MESSAGE\n"
            + "WARNING   detention.custody-and-released-within-suspects  detention[mass-riots].released  inCustody +"
            + " released (269 + 315 = 584) exceeds suspects (547)\n"
            + "\n"
            + "0 errors, 1 warning, 0 info\n");
  }

  @Test
  void validateReadsBothSeedFiles() {
    Run r = run("validate", april11.toString(), april25.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Briefing kz-2022-04-11 of 2022-04-11").contains("Briefing kz-2022-04-25 of 2022-04-25")
        .doesNotContain("examples.convictions-cite-evidence")
        .contains("0 errors, 1 warning, 0 info\n");
    // the examples' demonstration rule runs only when asked for
    assertThat(run("validate", "--example-rules", april25.toString()).out())
        .contains("WARNING   examples.convictions-cite-evidence");
  }

  @Test
  void validateWithoutReferenceRatesForTheDateSaysTheEquivalentWasNotChecked() throws IOException {
    Path rates = dir.resolve("rates.csv");
    Files.writeString(rates, "date,base,quote,rate\n2021-01-04,USD,KZT,420.5\n");
    Run r = run("validate", "--rates", rates.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("INFO      property.stated-equivalent-matches-reference")
        .contains("0 errors, 1 warning, 1 info");
  }

  @Test
  void anInconsistentBriefingExitsWithOneAndNamesTheRule() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(april11).replace("\"value\" : 269", "\"value\" : 600"));
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).containsPattern("\nERROR +detention\\.custody-within-suspects +detention\\[mass-riots\\]\\.inCustody"
        + " +inCustody \\(600\\) exceeds suspects \\(547\\)\n").contains("1 error, ");
  }

  @Test
  void validateCanPrintTheReportsAsJson() throws IOException {
    Run r = run("validate", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode json = Embedded.mapper().readTree(r.out());
    assertThat(json.get(0).get("briefing").asText()).isEqualTo("kz-2022-04-11");
    assertThat(json.get(0).get("report").get("findings").get(0).get("ruleId").asText())
        .isEqualTo("detention.custody-and-released-within-suspects");
    assertThat(json.get(0).get("report").get("summary").asText()).isEqualTo("0 errors, 1 warning, 0 info");
  }

  @Test
  void malformedJsonExitsWithTwoAndNamesThePath() throws IOException {
    Path bad = dir.resolve("malformed.json");
    Files.writeString(bad, "{\"formatVersion\":1,\"speakers\":[{\"id\" \"a\"}]}");
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(bad + ": at $.speakers[0].id: malformed or oversized JSON")
        .doesNotContain("\tat ");
  }

  /** Inputs that once crashed the tool or printed a stack trace, and other hostile ones. */
  static Stream<Arguments> hostileInputs() {
    String head = "{\"formatVersion\":1,\"id\":\"b\",\"date\":\"2022-04-11\",\"jurisdiction\":\"KZ\","
        + "\"investigation\":{\"id\":\"";
    String tail = "\",\"title\":\"t\"}}";
    String valid = head + "i" + tail;
    String segments = String.join("-", Collections.nCopies(100_000, "a"));
    return Stream.of(
        Arguments.of("a slug of 100,000 segments", (head + segments + tail).getBytes(),
            "at $.investigation: invalid Investigation: id must have at most 100 characters"),
        Arguments.of("the document null", "null".getBytes(),
            "at $: expected a document of type Briefing, found null"),
        Arguments.of("a word after the document", (valid + " xyz").getBytes(),
            "at $: unexpected content after the document"),
        Arguments.of("two documents", (valid + valid).getBytes(),
            "at $: unexpected content after the document"),
        Arguments.of("a bad first token", "xyz".getBytes(),
            "at $: malformed or oversized JSON"),
        Arguments.of("a byte 0xFF", new byte[] {(byte) 0xFF},
            "at $: malformed or oversized JSON"),
        Arguments.of("an empty file", new byte[0], "at $: the document is empty"),
        Arguments.of("a ten-megabyte id", (head + "I".repeat(10 << 20) + tail).getBytes(),
            "at $.investigation.id: malformed or oversized JSON: String value length (1048576) exceeds"),
        Arguments.of("a name in single quotes", "{\"formatVersion\":1,'id':1}".getBytes(),
            "at $: malformed or oversized JSON after $.formatVersion"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void everyUnreadableInputExitsWithTwoAndOneShortLine(String name, byte[] content, String message) throws IOException {
    Path file = Files.write(dir.resolve("hostile.json"), content);
    for (String command : new String[] {"validate", "series"}) {
      Run r = run(command, file.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).startsWith(file + ": " + message).hasSizeLessThan(1_000)
          .doesNotContain("\tat ", "Exception");
      assertThat(r.err().lines()).as(command).hasSize(1);
    }
  }

  @Test
  void aMissingFileExitsWithTwo() {
    Run r = run("validate", dir.resolve("nowhere.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(dir.resolve("nowhere.json") + ": no such file\n");
  }

  @Test
  void aFileOfTheWrongShapeExitsWithTwoAndSaysWhatIsWrong() throws IOException {
    Path series = dir.resolve("series.json");
    Files.writeString(series, "{\"formatVersion\":1,\"briefings\":[]}");
    Run r = run("validate", series.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(series + ": at $.briefings: unknown property \"briefings\" in a briefing\n");
    Path negative = dir.resolve("negative.json");
    Files.writeString(negative, Files.readString(april11).replace("\"voluntarilySurrendered\" : 122",
        "\"voluntarilySurrendered\" : -122"));
    assertThat(run("validate", negative.toString()).err())
        .isEqualTo(negative + ": at $.weaponSeizure[0].voluntarilySurrendered: a count must not be negative: -122\n");
  }

  @Test
  void seriesPrintsWhatWasFoundThenWhatChanged() {
    Run r = run("series", april25.toString(), april11.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Series of 2 briefings on Investigation into the tragic events of January 2022 in"
            + " Kazakhstan, 2022-04-11 to 2022-04-25\n\nNo findings.\n0 errors, 0 warnings, 0 info\n\n"
            + "kz-2022-04-11 (2022-04-11) → kz-2022-04-25 (2022-04-25)\n")
        .containsPattern("CHANGED +detention\\[mass-riots\\]\\.convicted +PERSONS +168 +243 +\\+75\n")
        .doesNotContain("LATER_ONLY", "EARLIER_ONLY")
        .containsPattern("\n[0-9]+ stated only in kz-2022-04-11, [0-9]+ only in kz-2022-04-25 \\(--all lists them\\)\n$");
    // every row of every pair, those on one side only too, when asked for
    assertThat(run("series", "--all", april25.toString(), april11.toString()).out())
        .containsPattern("LATER_ONLY +criminalCases\\.sentToCourt +CASES +— +265\n")
        .doesNotContain("--all lists them");
  }

  @Test
  void seriesRefusesBriefingsOfTwoInvestigations() throws IOException {
    Path other = dir.resolve("other.json");
    Files.writeString(other, Files.readString(april25).replace("kz-january-2022-unrest", "another-case"));
    Run r = run("series", april11.toString(), other.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("these briefings do not form a series: a series holds briefings of one investigation");
  }

  @Test
  void convertPrintsTheAmountAndItsAuditTrail() throws IOException {
    Path rates = dir.resolve("rates.csv");
    Files.writeString(rates, "date,base,quote,rate,source\n2022-04-08,USD,KZT,470.1,national bank\n");
    Run r = run("convert", "470.10", "KZT", "--to", "USD", "--date", "2022-04-10", "--rates", rates.toString(),
        "--days", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("1.00 USD\n470.10 KZT × 0.002127206977… USD per KZT (2022-04-08, inverse of"
        + " 470.1 KZT per USD, national bank) = 1.00 USD, HALF_EVEN to 2 places\n");
    Run missing = run("convert", "470.10", "KZT", "--to", "USD", "--date", "2022-04-10", "--rates", rates.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("no rate for USD per KZT on 2022-04-10 (exact date) in " + rates
        + "; it holds 1 rate, from 2022-04-08 to 2022-04-08; give rates for that day with --rates FILE.csv, or "
        + "accept an earlier one with --days N\n");
  }

  @Test
  void convertRefusesBadInputWithAMessage() throws IOException {
    assertThat(run("convert", "1e9", "KZT", "--to", "USD", "--date", "2022-04-11").err())
        .isEqualTo("amount must be a plain decimal number such as 340000000 or 0.50: \"1e9\"\n");
    Path rates = dir.resolve("broken.csv");
    Files.writeString(rates, "date,base,quote,rate\n2022-04-11,USD,KZT,-1\n");
    Run r = run("convert", "1", "KZT", "--to", "USD", "--date", "2022-04-11", "--rates", rates.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(rates + " line 2, column 4 (rate): must be a positive decimal number: \"-1\"\n");
    Run date = run("convert", "1", "KZT", "--to", "USD", "--date", "11/04/2022");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--date").contains("11/04/2022");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "series", "convert", "rules"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: briefings " + command);
  }

  @Test
  void theToolReportsItsVersionAndAsksForACommand() {
    assertThat(run("--version").out()).isEqualTo("briefings 0.1.0-SNAPSHOT\n");
    Run none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("name a command: validate, series, report, export, draft, convert, rules, help or generate-completion");
  }

  @Test
  void rulesListsEveryRuleWithItsSeverityAndTheRelationsOfADeclarationsFile() throws IOException {
    Path declarations = dir.resolve("declarations.json");
    try (java.io.InputStream in = BriefingsCliTest.class.getResourceAsStream(
        "/io/github/briefings/examples/own/declarations.json")) {
      Files.write(declarations, in.readAllBytes());
    }
    Run r = run("rules", "--format", "json", "--rules", declarations.toString(), "--example-rules");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"id\" : \"detention.custody-within-suspects\"", "\"severity\" : \"ERROR\"",
        "\"id\" : \"own.region-within-country\"", "\"id\" : \"examples.convictions-cite-evidence\"",
        "\"id\" : \"series.lone-key\",\n  \"of\" : \"series\"");
    assertThat(run("rules").out()).contains("scope.sub-scope-within-parent").doesNotContain("own.region-within-country");
    Run declared = run("rules", "--format", "declarations", "--rules", declarations.toString());
    assertThat(declared.code()).isZero();
    io.github.briefings.validation.Declarations read = Inputs.mapper().readValue(declared.out(),
        io.github.briefings.validation.Declarations.class);
    assertThat(read.relations()).extracting(io.github.briefings.validation.Relation::id)
        .contains("detention.custody-within-suspects", "arsenal.recovered-within-stolen", "own.region-within-country");
    assertThat(read.measures()).extracting(io.github.briefings.model.OwnMeasure::id)
        .containsExactly("sentencesReduced", "casesHandled");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"declarationsVersion\":1,\"relations\":[{\"id\":\"own.x\",\"section\":\"detention\","
        + "\"left\":[\"nothing\"],\"comparison\":\"AT_MOST\",\"right\":[\"convicted\"]}]}");
    Run refused = run("validate", "--rules", bad.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo(bad + ": at $: invalid declarations: relation own.x names no figure of detention: "
        + "\"nothing\"\n");
  }

  @Test
  void aDirectoryGivenAsAFileIsSaidToBeOne() {
    Run r = run("validate", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(dir + ": is a directory, not a JSON file\n");
  }

  @Test
  void aSeriesRunValidatesEachBriefingAndFailsOnAnError() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(april11).replace("\"value\" : 269", "\"value\" : 600"));
    Run r = run("series", broken.toString(), april25.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("Series of 2 briefings on ")
        .contains("0 errors, 0 warnings, 0 info\nkz-2022-04-11: 1 error (validate it for the findings)\n");
    assertThat(run("series", april11.toString()).out()).startsWith("Series of 1 briefing on ");
  }

  @Test
  void aBadDateSaysTheFormExpectedInTwoLines() {
    Run r = run("convert", "340000000", "KZT", "--to", "USD", "--date", "11.04.2022");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("Invalid value for option '--date': expected a date such as 2022-04-11: '11.04.2022'\n"
        + "Try 'briefings convert --help'.\n");
  }

  @Test
  void seriesCanPrintItsDiffsFindingsAndReportsAsJson() throws IOException {
    Run r = run("series", "--format", "json", april25.toString(), april11.toString());
    assertThat(r.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = Inputs.mapper().readTree(r.out());
    assertThat(json.path("investigation").asText()).isEqualTo("kz-january-2022-unrest");
    assertThat(json.path("diffs")).hasSize(1);
    assertThat(json.path("diffs").get(0).path("earlier").path("id").asText()).isEqualTo("kz-2022-04-11");
    assertThat(json.path("briefings")).extracting(b -> b.path("id").asText())
        .containsExactly("kz-2022-04-11", "kz-2022-04-25");
    assertThat(json.path("findings").has("findings")).isTrue();
  }
}
