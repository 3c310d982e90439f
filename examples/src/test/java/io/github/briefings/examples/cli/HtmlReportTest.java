package io.github.briefings.examples.cli;

import static io.github.briefings.examples.cli.BriefingsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Speaker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefings report}, read as markup (the browser test opens it in Chromium). */
class HtmlReportTest {
  private static final Path SEED = Path.of("../format/src/test/resources/io/github/briefings/seed");
  private static final Path EXAMPLE = Path.of("report/seed-report.html");
  private static final ObjectMapper MAPPER = Embedded.mapper();

  @TempDir
  Path dir;

  private String report(Path... files) throws Exception {
    Path page = dir.resolve("report.html");
    String[] args = new String[files.length + 3];
    args[0] = "report";
    args[1] = "-o";
    args[2] = page.toString();
    for (int i = 0; i < files.length; i++) {
      args[i + 3] = files[i].toString();
    }
    BriefingsCliTest.Run r = run(args);
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("wrote " + page + ": ");
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  @Test
  void theExampleReportIsTheReportOfTheTwoSeedBriefings() throws Exception {
    String fresh = report(SEED.resolve("kz-2022-04-11.json"), SEED.resolve("kz-2022-04-25.json"));
    // regenerate with: java -jar examples/target/briefings.jar report -o examples/report/seed-report.html <the seed files>
    assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8)).isEqualTo(fresh);
  }

  @Test
  void thePageStandsAloneAndSaysWhatWasFound() throws Exception {
    String page = report(SEED.resolve("kz-2022-04-11.json"), SEED.resolve("kz-2022-04-25.json"));
    assertThat(page).startsWith("<!DOCTYPE html>").contains("default-src 'none'")
        .doesNotContain("<script").doesNotContainPattern("(src|href)=\"(?!#)")
        .doesNotContain("http://").doesNotContain("@import").doesNotContain("url(");
    assertThat(page).contains("<dt>Briefings</dt><dd>2</dd>").contains("<dt>Errors</dt><dd>0</dd>")
        .contains("<dt>Warnings</dt><dd>1</dd>").contains("inCustody + released (269 + 315 = 584) exceeds suspects (547)");
    // every chart has a text alternative and a table of its data
    int charts = count(page, "<figure class=\"measure\"");
    assertThat(charts).isGreaterThan(20);
    assertThat(count(page, "<svg class=\"chart\"[^>]*role=\"img\" aria-labelledby=\"t\\d+ d\\d+\"")).isEqualTo(charts);
    assertThat(count(page, "<table class=\"data\"")).isEqualTo(charts);
  }

  @Test
  void hostileTextIsShownNotRun() throws Exception {
    Briefing seed = MAPPER.readValue(SEED.resolve("kz-2022-04-11.json").toFile(), Briefing.class);
    DetentionStats d = seed.detention().get(0);
    Briefing hostile = Briefing.builder().from(seed).addSpeakers(Speaker.institution("x", "<b>\"Ministry\"</b> & co"))
        .detention(List.of(DetentionStats.builder().from(d).suspects(Count.exactly(547)
            .withStatedAs("<script>alert('x')</script>").withAttribution("x")).build()))
        .build();
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, MAPPER.writeValueAsString(hostile));
    String page = report(file);
    assertThat(page).doesNotContain("<script").doesNotContain("<b>\"Ministry")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;b&gt;&quot;Ministry&quot;&lt;/b&gt; &amp; co");
  }

  @Test
  void everyQualifierHasItsGlyph() throws Exception {
    Briefing seed = MAPPER.readValue(SEED.resolve("kz-2022-04-11.json").toFile(), Briefing.class);
    DetentionStats d = seed.detention().get(0);
    Briefing every = Briefing.builder().from(seed).detention(List.of(DetentionStats.builder().from(d)
        .suspects(Count.moreThan(500)).inCustody(Count.about(270)).released(Count.between(300, 320))
        .charged(Count.fewerThan(400)).build())).build();
    Path file = dir.resolve("every.json");
    Files.writeString(file, MAPPER.writeValueAsString(every));
    String page = report(file);
    assertThat(page).containsPattern(glyph("more-than", "rect class=\"open\"", "path class=\"arrow\""))
        .containsPattern(glyph("approximately", "rect class=\"band\"", "circle class=\"value\""))
        .containsPattern(glyph("range", "path class=\"span\""))
        .containsPattern(glyph("fewer-than", "rect class=\"open\"", "circle class=\"bound\""))
        .containsPattern(glyph("exact", "circle class=\"value\""));
  }

  @Test
  void aFileThatIsNotThereIsNamedAndNothingIsWritten() {
    Path page = dir.resolve("nothing.html");
    BriefingsCliTest.Run r = run("report", "-o", page.toString(), "nowhere.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("nowhere.json: no such file\n");
    assertThat(page).doesNotExist();
  }

  /** A point of the class whose drawing has these elements, in order. */
  private static String glyph(String qualifier, String... elements) {
    StringBuilder regex = new StringBuilder("(?s)<g class=\"point " + qualifier + "\"[^>]*>");
    for (String e : elements) {
      regex.append("(?:(?!</g>).)*<").append(e);
    }
    return regex.toString();
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
