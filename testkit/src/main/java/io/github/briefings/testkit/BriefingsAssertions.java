package io.github.briefings.testkit;

import io.github.briefings.validation.ValidationReport;

/**
 * The entry point of the kit's AssertJ assertions, to import statically beside AssertJ's own:
 * {@code assertThat(validator.validate(briefing)).hasError("detention.custody-within-suspects")
 * .at("detention[mass-riots].inCustody")}.
 */
public final class BriefingsAssertions {
  private BriefingsAssertions() {}

  /**
   * Starts assertions on a validation report, of one briefing or of a series.
   *
   * @param actual the report; null fails every assertion but {@code isNull()}
   * @return the assertions
   */
  public static ReportAssert assertThat(ValidationReport actual) {
    return new ReportAssert(actual);
  }
}
