package io.github.briefings.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs each example program and checks what it prints. */
class ExamplesTest {
  static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validatingTheSeedBriefingFindsOneWarning() {
    assertThat(output(ValidateSeedBriefing::run)).isEqualTo(
        "WARNING detention.custody-and-released-within-suspects at detention[mass-riots].released:"
            + " inCustody + released (269 + 315 = 584) exceeds suspects (547)\n"
            + "0 errors, 1 warning, 0 info\n");
  }

  @Test
  void convertingTheSeizedPropertyPrintsTheResultAndItsAuditTrail() {
    assertThat(output(ConvertSeizedProperty::run)).isEqualTo("766056.37 USD\n"
        + "340000000 KZT × 0.002253106961… USD per KZT (2022-04-11, inverse of 443.83157 KZT per USD,"
        + " openexchangerates.org daily snapshot of USD rates for 2022-04-11 (as kept in a public archive))"
        + " = 766056.37 USD, HALF_EVEN to 2 places\n"
        + "stated: 766599 USD, implying 443.5174061… KZT per USD (2022-04-11, implied by the briefing)\n"
        + "deviation from the reference: -0.071%\n");
  }

  @Test
  void theCustomRuleIsFoundThroughMetaInfServices() {
    assertThat(output(CustomValidatorExample::run)).isEqualTo(
        "kz-2022-04-11: 0 finding(s) of examples.convictions-cite-evidence\n"
            + "kz-2022-04-25: 1 finding(s) of examples.convictions-cite-evidence\n"
            + "  WARNING examples.convictions-cite-evidence at detention[mass-riots].convicted:"
            + " 243 convicted, but no kind of evidence is cited\n");
  }

  @Test
  void theSeriesShowsConvictionsRisingAndNoFinding() {
    String out = output(SeriesExample::run);
    assertThat(out).startsWith("kz-2022-04-11 (2022-04-11) → kz-2022-04-25 (2022-04-25)\n")
        .contains("CHANGED      detention[mass-riots].convicted: 168 → 243 (+75)\n")
        .contains("LATER_ONLY   criminalCases.sentToCourt: — → 265\n")
        .contains("EARLIER_ONLY detention[mass-riots].broughtToTrial: 377 → —\n")
        .endsWith("0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void theSeriesRuleOfOurOwnIsFoundThroughMetaInfServicesAndReportsASilence() {
    io.github.briefings.validation.SeriesValidator validator = io.github.briefings.validation.SeriesValidator.builder()
        .addDiscoveredRules(getClass().getClassLoader()).build();
    assertThat(validator.rules()).extracting(io.github.briefings.validation.SeriesRule::id)
        .contains(BriefingGapRules.AT_MOST_30_DAYS_APART);
    io.github.briefings.model.Briefing april11 = Embedded.briefing(Embedded.APRIL_11);
    io.github.briefings.model.Briefing april25 = Embedded.briefing(Embedded.APRIL_25);
    io.github.briefings.model.Briefing june = io.github.briefings.model.Briefing.builder().from(april25)
        .id("kz-2022-06-30").date(java.time.LocalDate.of(2022, 6, 30)).build();
    assertThat(validator.validate(io.github.briefings.series.BriefingSeries.of(java.util.List.of(april11, april25)))
        .byRule(BriefingGapRules.AT_MOST_30_DAYS_APART)).isEmpty();
    assertThat(validator.validate(io.github.briefings.series.BriefingSeries.of(java.util.List.of(april11, april25, june)))
        .byRule(BriefingGapRules.AT_MOST_30_DAYS_APART)).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("kz-2022-06-30");
          assertThat(v.message()).isEqualTo("no briefing for 66 days, from 2022-04-25 (kz-2022-04-25) to 2022-06-30"
              + " (kz-2022-06-30)");
        });
  }
}
