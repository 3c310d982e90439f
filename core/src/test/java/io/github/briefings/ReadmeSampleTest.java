package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.WeaponSeizure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keeps the README's usage sample compiling, running and printing what the README says. */
class ReadmeSampleTest {

  @Test
  void theSampleCompilesAndPrintsWhatTheReadmeSays() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("more than 35000 rounds, possibly [35001, ∞)\n");
  }

  @Test
  void theReadmeShowsExactlyThisSample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/io/github/briefings/ReadmeSampleTest.java"));
    String sample = between(source, "// sample begin\n", "    // sample end").replaceAll("(?m)^    ", "");
    assertThat(readme).contains("```java\n" + sample + "```");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static void sample() {
    // sample begin
    Briefing briefing = Briefing.builder()
        .id("kz-2022-04-11")
        .date(LocalDate.of(2022, 4, 11))
        .venue("Central Communications Service")
        .jurisdiction("KZ")
        .investigation(Investigation.of("kz-january-2022-unrest", "The tragic events of January 2022"))
        .addSpeaker(Speaker.of("adilov", "Sanzhar Adilov", "Head of the investigative department",
            "Ministry of Internal Affairs of Kazakhstan"))
        .provisional(true)
        .addDetention(DetentionStats.builder()
            .scope(Scope.of(CaseCategory.MASS_RIOTS))
            .suspects(Count.exactly(547))
            .inCustody(Count.exactly(269).withStatedAs("under arrest"))
            .build())
        .weaponSeizure(WeaponSeizure.builder()
            .seized(Count.exactly(1_430).withAttribution("adilov"))
            .ammunitionRounds(Count.moreThan(35_000).withStatedAs("more than 35,000"))
            .build())
        .build();

    Count rounds = briefing.weaponSeizure().orElseThrow().ammunitionRounds().orElseThrow();
    System.out.println(rounds + " rounds, possibly " + rounds.interval()); // more than 35000 rounds, possibly [35001, ∞)
    // sample end
  }
}
