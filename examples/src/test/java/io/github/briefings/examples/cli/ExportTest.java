package io.github.briefings.examples.cli;

import static io.github.briefings.examples.cli.BriefingsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Speaker;
import io.github.briefings.series.BriefingSeries;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefings export}: tidy rows, read back by a spreadsheet-style CSV reader and as JSON Lines. */
class ExportTest {
  private static final Path SEED = Path.of("../format/src/test/resources/io/github/briefings/seed");
  private static final ObjectMapper MAPPER = Embedded.mapper();

  @TempDir
  Path dir;

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        .getRecords();
  }

  private static Briefing seed(String name) throws IOException {
    return MAPPER.readValue(SEED.resolve(name).toFile(), Briefing.class);
  }

  @Test
  void theSeedGivesARowPerStatementOfEveryFigureWithEveryColumn() throws Exception {
    BriefingsCliTest.Run r = run("export", SEED.resolve("kz-2022-04-25.json").toString(),
        SEED.resolve("kz-2022-04-11.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(String.join(",", TidyRows.COLUMNS) + "\r\n").endsWith("\r\n");
    List<CSVRecord> rows = csv(r.out());
    BriefingSeries series = BriefingSeries.of(List.of(seed("kz-2022-04-11.json"), seed("kz-2022-04-25.json")));
    long statements = series.observations().values().stream().flatMap(List::stream)
        .mapToLong(o -> o.count().statements().size()).sum();
    assertThat(rows).hasSize((int) statements);
    // the earlier briefing first
    assertThat(rows.get(0).get("briefing")).isEqualTo("kz-2022-04-11");
    assertThat(rows.get(rows.size() - 1).get("briefing")).isEqualTo("kz-2022-04-25");
    assertThat(rows).filteredOn(row -> row.get("measure").equals("convicted") && row.get("scope").equals("mass-riots"))
        .extracting(row -> row.get("briefing") + " " + row.get("value") + " " + row.get("qualifier") + " " + row.get("unit"))
        .containsExactly("kz-2022-04-11 168 EXACT persons", "kz-2022-04-25 243 EXACT persons");
    assertThat(rows).filteredOn(row -> row.get("measure").equals("ammunitionRounds")).first()
        .satisfies(row -> {
          assertThat(row.get("qualifier")).isEqualTo("MORE_THAN");
          assertThat(row.get("low")).isEqualTo(Long.toString(Long.parseLong(row.get("value")) + 1));
          assertThat(row.get("high")).isEmpty();
          assertThat(row.get("speaker")).isEqualTo("Sanzhar Adilov");
          assertThat(row.get("investigation")).isEqualTo("kz-january-2022-unrest");
        });
  }

  @Test
  void textWithCommasQuotesAndLineBreaksSurvivesTheRoundTrip() throws Exception {
    String wording = " 547 persons, \"considered\" suspects;\r\nsee the table\nbelow, ‘ё’ — ok ";
    String speaker = "Adilov, \"Sanzhar\"\nHead";
    Briefing seed = seed("kz-2022-04-11.json");
    DetentionStats d = seed.detention().get(0);
    Briefing hostile = Briefing.builder().from(seed).addSpeakers(Speaker.institution("odd", speaker))
        .detention(List.of(DetentionStats.builder().from(d).suspects(Count.exactly(547).withStatedAs(wording)
            .withAttribution("odd")).build()))
        .build();
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, MAPPER.writeValueAsString(hostile));
    Path csv = dir.resolve("out.csv");
    BriefingsCliTest.Run r = run("export", file.toString(), "-o", csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<CSVRecord> rows = csv(Files.readString(csv, StandardCharsets.UTF_8));
    CSVRecord suspects = rows.stream().filter(row -> row.get("measure").equals("suspects")).findFirst().orElseThrow();
    assertThat(suspects.get("wording")).isEqualTo(wording);
    assertThat(suspects.get("speaker")).isEqualTo(speaker);
    assertThat(suspects.size()).isEqualTo(TidyRows.COLUMNS.size());

    BriefingsCliTest.Run lines = run("export", "--format", "jsonl", file.toString());
    assertThat(lines.code()).isZero();
    List<JsonNode> objects = lines.out().lines().map(line -> {
      try {
        return MAPPER.readTree(line);
      } catch (IOException e) {
        throw new AssertionError(line, e);
      }
    }).collect(Collectors.toList());
    assertThat(objects).hasSameSizeAs(rows);
    JsonNode first = objects.stream().filter(o -> o.get("measure").asText().equals("suspects")).findFirst().orElseThrow();
    assertThat(first.get("wording").asText()).isEqualTo(wording);
    assertThat(first.get("value").isNumber()).isTrue();
    assertThat(first.get("asOf").isNull()).isTrue();
    // the same cells as the CSV row, in the same order
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      JsonNode object = objects.get(i);
      for (String column : TidyRows.COLUMNS) {
        assertThat(object.get(column).isNull() ? "" : object.get(column).asText()).as(column).isEqualTo(row.get(column));
      }
    }
  }

  @Test
  void aFieldIsQuotedOnlyWhenItMustBe() {
    assertThat(TidyRows.field("plain text")).isEqualTo("plain text");
    assertThat(TidyRows.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(TidyRows.field("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(TidyRows.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(TidyRows.field("cr\r")).isEqualTo("\"cr\r\"");
    assertThat(TidyRows.field("")).isEmpty();
  }

  @Test
  void anUnreadableFileOrARepeatedIdIsRefusedNamingIt() throws Exception {
    BriefingsCliTest.Run missing = run("export", "nowhere.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("nowhere.json: no such file\n");
    Path lines = dir.resolve("corpus.jsonl");
    String line = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(seed("kz-2022-04-11.json"));
    Files.writeString(lines, line + "\n\n" + line + "\n");
    BriefingsCliTest.Run twice = run("export", lines.toString());
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).startsWith("briefings: the series holds briefing \"kz-2022-04-11\" more than once");
    Files.writeString(lines, line + "\n{\"id\": 3}\n");
    BriefingsCliTest.Run bad = run("export", lines.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith(lines + ":2: at $");
  }
}
