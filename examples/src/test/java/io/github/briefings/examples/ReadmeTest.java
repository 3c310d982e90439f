package io.github.briefings.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.examples.cli.BriefingsCli;
import io.github.briefings.jackson.BriefingsModule;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the README true: its Java sample compiles and prints what it says, and so does the main job. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  /** Returns the text of the fenced block that follows {@code marker} in the README. */
  private static String blockAfter(String text, String marker) {
    int at = text.indexOf(marker);
    assertThat(at).as("the README says %s", marker).isNotNegative();
    int start = text.indexOf("```", at + marker.length());
    start = text.indexOf('\n', start) + 1;
    return text.substring(start, text.indexOf("```", start));
  }

  /**
   * Returns the lines of this file between {@code // <marker> begin} and {@code // <marker> end},
   * unindented. The markers also appear in the tests that call this, so look for their last occurrences.
   */
  private static String sampleInThisFile(String marker) throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/briefings/examples/ReadmeTest.java"));
    String begin = "// " + marker + " begin\n";
    return source.substring(source.lastIndexOf(begin) + begin.length(), source.lastIndexOf("    // " + marker + " end"))
        .replaceAll("(?m)^    ", "");
  }

  @Test
  void theReadmeShowsExactlyTheSampleBelow() throws IOException {
    assertThat(blockAfter(readme(), "## Use it")).isEqualTo(sampleInThisFile("sample"));
  }

  @Test
  void theSamplePrintsWhatTheReadmeSays() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(blockAfter(readme(), "prints (more weapons"));
  }

  @Test
  void theMainJobPrintsWhatTheReadmeSays() throws IOException {
    StringWriter out = new StringWriter();
    int code = BriefingsCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate");
    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo(blockAfter(readme(), "It prints:"));
    assertThat(readme()).contains("mvn -q -B -ntp install -DskipTests && java -jar examples/target/briefings.jar validate");
  }

  @Test
  void theReadmesDeclarationsAreTheExamplesAndTheToolPrintsWhatItSays(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String own = "src/main/resources/io/github/briefings/examples/own/";
    String text = readme();
    assertThat(blockAfter(text, "This file declares two measures and three")).isEqualTo(
        Files.readString(Path.of(own, "declarations.json")));
    Files.copy(Path.of(own, "declarations.json"), dir.resolve("declarations.json"));
    Files.copy(Path.of(own, "briefing.json"), dir.resolve("briefing.json"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BriefingsCli.run(new PrintWriter(out), new PrintWriter(err), "validate", "--rules",
        dir.resolve("declarations.json").toString(), dir.resolve("briefing.json").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(blockAfter(text, "police cases: either the scopes differ"))
        .isEqualTo("cd examples/" + own.substring(0, own.length() - 1) + "\njava -jar ../../../../../../../../target/briefings.jar validate --rules "
            + "declarations.json briefing.json\n");
    // the relative path to the tool's jar from the files' folder is right
    assertThat(Path.of(own).resolve("../../../../../../../../target/briefings.jar").normalize())
        .isEqualTo(Path.of("target/briefings.jar"));
    assertThat(blockAfter(text, "briefing.json\n```\n\nprints:")).isEqualTo(out.toString());
  }

  @Test
  void ciRunsTheTestCommandOfTheReadme() throws IOException {
    String command = blockAfter(readme(), "this runs every test").strip();
    assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("\n" + command + "\n");
    String floor = blockAfter(readme(), "the oldest Jackson 2 the module supports").strip();
    assertThat(floor).contains("-Pjackson-floor");
    assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("\n" + floor + "\n");
  }

  /** The README's series run is the tool's output on the seed files, and its option table is the tool's. */
  @Test
  void theReadmesSeriesExampleIsWhatTheToolPrints() throws IOException {
    String text = readme();
    Path seed = Path.of("../format/src/test/resources/io/github/briefings/seed");
    StringWriter out = new StringWriter();
    int code = BriefingsCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "series",
        seed.resolve("kz-2022-04-11.json").toString(), seed.resolve("kz-2022-04-25.json").toString());
    assertThat(code).isZero();
    assertThat(blockAfter(text, "kz-2022-04-11.json kz-2022-04-25.json\n```\n")).isEqualTo(out.toString());
    assertThat(seed.resolve("../../../../../../../../examples/target/briefings.jar").normalize())
        .isEqualTo(Path.of("../examples/target/briefings.jar").normalize());
    StringWriter help = new StringWriter();
    BriefingsCli.run(new PrintWriter(help), new PrintWriter(new StringWriter()), "help", "validate");
    for (String option : new String[] {"--disable", "--severity", "--tolerance", "--rates", "--rate-days", "--rules",
        "--plugin", "--example-rules"}) {
      assertThat(text).contains("| `" + option);
      assertThat(help.toString()).contains(option);
    }
  }

  @Test
  void theReadmesCustomRuleIsThisOneAndNamesTheFigureByItsPath() throws IOException {
    assertThat(blockAfter(readme(), "## Write a validator of your own")).isEqualTo(sampleInThisFile("rule"));
    Briefing convictions = Briefing.builder().id("b").date(LocalDate.of(2022, 4, 11)).jurisdiction("KZ")
        .investigation(Investigation.of("i", "t"))
        .addDetention(DetentionStats.builder().scope(Scope.of(CaseCategory.MASS_RIOTS)).convicted(Count.exactly(5)).build())
        .addDetention(DetentionStats.builder().convicted(Count.exactly(7)).build())
        .build();
    assertThat(customRule().validate(convictions).byRule("acme.convictions-cite-evidence"))
        .extracting(io.github.briefings.validation.Finding::path)
        .containsExactly("detention.convicted", "detention[mass-riots].convicted");
  }

  private static Validator customRule() {
    // rule begin
    Rule evidence = Rule.of("acme.convictions-cite-evidence", Severity.WARNING,
        "every conviction figure cites at least one kind of evidence",
        (briefing, findings) -> briefing.detention().forEach(d -> {
          if (d.convicted().isPresent() && d.convictionEvidence().isEmpty()) {
            findings.violated(DetentionStats.SECTION.path(d, DetentionStats.CONVICTED), "no evidence cited", Map.of());
          }
        }));
    Validator validator = Validator.builder().addRule(evidence).build();
    // rule end
    return validator;
  }

  @SuppressWarnings("unused")
  private static void sample() throws Exception {
    // sample begin
    // Record what was said: each figure with its qualifier, wording, speaker and scope.
    Briefing briefing = Briefing.builder()
        .id("kz-2022-04-11")
        .date(LocalDate.of(2022, 4, 11))
        .jurisdiction("KZ")
        .investigation(Investigation.of("kz-january-2022-unrest", "The tragic events of January 2022"))
        .addSpeaker(Speaker.of("adilov", "Sanzhar Adilov", "Head of the investigative department",
            "Ministry of Internal Affairs of Kazakhstan"))
        .addDetention(DetentionStats.builder()
            .scope(Scope.of(CaseCategory.MASS_RIOTS))
            .suspects(Count.exactly(547))
            .inCustody(Count.exactly(269).withStatedAs("under arrest"))
            .build())
        .addWeaponSeizure(WeaponSeizure.builder()
            .seized(Count.exactly(1_430).withAttribution("adilov"))
            .voluntarilySurrendered(Count.moreThan(1_500).withStatedAs("more than 1,500"))
            .build())
        .build();

    // Check it: a report, never an exception.
    ValidationReport report = Validator.standard().validate(briefing);
    System.out.print(report.render());

    // Convert an amount with a dated rate, and keep the audit trail.
    RateTable rates = RateTable.builder()
        .add(LocalDate.of(2022, 4, 11), "USD", "KZT", "443.83157", "openexchangerates.org")
        .build();
    Conversion usd = CurrencyConverter.of(rates)
        .convert(Money.of("340000000", "KZT"), Money.currency("USD"), LocalDate.of(2022, 4, 11));
    System.out.println(usd.explain());

    // Write and read JSON.
    ObjectMapper mapper = new ObjectMapper().registerModule(new BriefingsModule());
    String json = mapper.writeValueAsString(briefing);
    Briefing again = mapper.readValue(json, Briefing.class);
    System.out.println(again.equals(briefing));
    // sample end
  }
}
