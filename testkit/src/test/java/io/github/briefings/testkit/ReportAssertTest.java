package io.github.briefings.testkit;

import static io.github.briefings.testkit.BriefingsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each assertion passes where it should and fails, showing the report, where it should not. */
class ReportAssertTest {
  private static final String CUSTODY = StandardRules.CUSTODY_WITHIN_SUSPECTS;
  private static final String RELEASED = StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS;

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      new Finding(CUSTODY, Severity.ERROR, "detention[mass-riots].inCustody", "inCustody (600) exceeds suspects (547)",
          Map.of("inCustody", "600", "suspects", "547"), false),
      new Finding(RELEASED, Severity.WARNING, "detention[mass-riots].released", "released (more than 300) may exceed",
          Map.of("released", "more than 300"), true)));

  @Test
  void theSeedBriefingHasItsOneWarning() {
    // without reference rates, the stated equivalent of the seized property is not checked: a note says so
    ValidationReport seed = Validator.standard().validate(SeedBriefings.april11());
    assertThat(seed).hasInfo(StandardRules.EQUIVALENT_MATCHES_REFERENCE).at("propertyRecoveries[0].statedEquivalent");
    assertThat(seed).hasNoErrors().hasOnly(RELEASED, StandardRules.EQUIVALENT_MATCHES_REFERENCE).hasWarning(RELEASED).at("detention[mass-riots].released")
        .certain().withValue("suspects", "547").withMessageContaining("exceeds suspects (547)");
  }

  @Test
  void findingsAreSelectedByRuleSeverityPathMessageValueAndCertainty() {
    assertThat(REPORT).hasError(CUSTODY).at("detention[mass-riots].inCustody").certain()
        .withValue("inCustody", "600").withMessageContaining("exceeds suspects");
    assertThat(REPORT).hasWarning(RELEASED).undetermined();
    assertThat(REPORT).hasFinding(RELEASED).at("detention[mass-riots].released");
    assertThat(REPORT).hasOnly(RELEASED, CUSTODY).isCertainOnlyOf(CUSTODY).hasNoFindingOf(StandardRules.TRIAL_WITHIN_SUSPECTS);
    assertThat(ValidationReport.of(List.of())).hasNoFindings().hasNoErrors().hasOnly();
  }

  @Test
  void aMissingFindingFailsAndShowsTheReport() {
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning(CUSTODY)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("a finding of severity WARNING of " + CUSTODY)
        .hasMessageContaining("inCustody (600) exceeds suspects (547)").hasMessageContaining("1 error, 1 warning, 0 info");
    assertThatThrownBy(() -> assertThat(REPORT).hasError(RELEASED)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).hasInfo(CUSTODY)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("acme.unknown")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("a finding of acme.unknown");
  }

  @Test
  void eachNarrowingFailsWhenNoFindingMatchesAndNamesTheCandidates() {
    assertThatThrownBy(() -> assertThat(REPORT).hasError(CUSTODY).at("detention.inCustody"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("at detention.inCustody")
        .hasMessageContaining("candidates:%n  ERROR %s at detention[mass-riots].inCustody".formatted(CUSTODY));
    assertThatThrownBy(() -> assertThat(REPORT).hasError(CUSTODY).undetermined()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("undetermined");
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning(RELEASED).certain()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("certain");
    assertThatThrownBy(() -> assertThat(REPORT).hasError(CUSTODY).withValue("suspects", "548"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("with suspects=548");
    assertThatThrownBy(() -> assertThat(REPORT).hasError(CUSTODY).withMessageContaining("falls"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("containing \"falls\"");
    // the narrowings are of one finding: the error is at its path, but not undetermined
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding(CUSTODY).at("detention[mass-riots].inCustody").undetermined())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void theWholeReportAssertionsFailOnWhatTheyExclude() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindings()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no findings");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingOf(RELEASED)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).hasOnly(CUSTODY)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected findings of exactly [" + CUSTODY + "]");
    assertThatThrownBy(() -> assertThat(REPORT).hasOnly(CUSTODY, RELEASED, "acme.more")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REPORT).isCertainOnlyOf(RELEASED)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("these are certain");
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors()).isInstanceOf(AssertionError.class);
  }
}
