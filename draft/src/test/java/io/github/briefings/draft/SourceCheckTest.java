package io.github.briefings.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans of a drafted briefing, checked against its source as it was, as it grew, and as it was changed. */
class SourceCheckTest {
  private static Briefing drafted(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Drafter.of(Lexicon.english()).draft(text).briefing("draft", LocalDate.of(2022, 4, 11), "KZ",
        SeedBriefings.JANUARY_2022, "seed.txt", SourceCheck.sha256(bytes));
  }

  private static List<Finding> check(Briefing b, String source) {
    ValidationReport report = Validator.builder().withoutStandardRules()
        .addRule(SourceCheck.of("seed.txt", source.getBytes(StandardCharsets.UTF_8))).build().validate(b);
    return report.findings();
  }

  @Test
  void theSourceAsItWasQuotesEverySpan() throws Exception {
    String text = SeedDraftTest.seedText();
    assertThat(check(drafted(text), text)).isEmpty();
  }

  @Test
  void aSourceThatGrewAtItsEndStillQuotesEverySpanAndSaysItChanged() throws Exception {
    String text = SeedDraftTest.seedText();
    Briefing b = drafted(text);
    List<Finding> findings = check(b, text + "\nAn update.");
    // every count and the property recovered
    assertThat(findings).hasSize(b.figures().size() + 1).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("changed since the span was taken");
    });
  }

  @Test
  void aFigureChangedInTheSourceIsAnErrorAtItsPath() throws Exception {
    String text = SeedDraftTest.seedText();
    List<Finding> findings = check(drafted(text), text.replace("547 persons", "548 persons"));
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(SourceCheck.ID);
      assertThat(f.path()).isEqualTo("detention[mass-riots].suspects.span");
      assertThat(f.message()).isEqualTo("seed.txt does not quote \"547\" at [1034, 1037)");
    });
  }

  @Test
  void anAmountChangedInTheSourceIsAnErrorToo() throws Exception {
    String text = SeedDraftTest.seedText();
    List<Finding> findings = check(drafted(text), text.replace("340 million tenge", "350 million tenge"));
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("propertyRecoveries[0].span"));
  }

  @Test
  void theShaIsTheKnownOne() {
    assertThat(SourceCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
