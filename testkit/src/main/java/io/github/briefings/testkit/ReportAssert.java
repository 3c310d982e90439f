package io.github.briefings.testkit;

import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ValidationReport}. A failure shows the whole report, one finding per
 * line. {@code hasError}, {@code hasWarning}, {@code hasInfo} and {@code hasFinding} go on to the
 * findings of one rule ({@link FindingsAssert}): {@code .at(path)}, {@code .withMessageContaining(text)}.
 * Obtain one with {@link BriefingsAssertions#assertThat(ValidationReport)}.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {
  ReportAssert(ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that the report has no finding at all.
   *
   * @return this
   * @throws AssertionError if it has one
   */
  public ReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no findings, but the report has:%n%s", actual.render());
    }
    return this;
  }

  /**
   * Verifies that the report has no finding of severity {@code ERROR}.
   *
   * @return this
   * @throws AssertionError if it has one
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected no errors, but the report has:%n%s", actual.render());
    }
    return this;
  }

  /**
   * Verifies that some finding of the rule is an error, and goes on to the errors of that rule.
   *
   * @param ruleId the rule's id, not null
   * @return the errors of that rule, at least one
   * @throws AssertionError if the rule found no error
   */
  public FindingsAssert hasError(String ruleId) {
    return findings(ruleId, Severity.ERROR);
  }

  /**
   * Verifies that some finding of the rule is a warning, and goes on to the warnings of that rule.
   *
   * @param ruleId the rule's id, not null
   * @return the warnings of that rule, at least one
   * @throws AssertionError if the rule found no warning
   */
  public FindingsAssert hasWarning(String ruleId) {
    return findings(ruleId, Severity.WARNING);
  }

  /**
   * Verifies that some finding of the rule is information, and goes on to those findings.
   *
   * @param ruleId the rule's id, not null
   * @return the findings of that rule at severity {@code INFO}, at least one
   * @throws AssertionError if the rule found nothing at that severity
   */
  public FindingsAssert hasInfo(String ruleId) {
    return findings(ruleId, Severity.INFO);
  }

  /**
   * Verifies that the rule found something, at any severity, and goes on to its findings.
   *
   * @param ruleId the rule's id, not null
   * @return the findings of that rule, at least one
   * @throws AssertionError if the rule found nothing
   */
  public FindingsAssert hasFinding(String ruleId) {
    return findings(ruleId, null);
  }

  /**
   * Verifies that the rule found nothing.
   *
   * @param ruleId the rule's id, not null
   * @return this
   * @throws AssertionError if it found something
   */
  public ReportAssert hasNoFindingOf(String ruleId) {
    isNotNull();
    if (!actual.byRule(ruleId).isEmpty()) {
      failWithMessage("Expected no finding of %s, but the report has:%n%s", ruleId, actual.render());
    }
    return this;
  }

  /**
   * Verifies that the findings are of exactly these rules: each of them found something, and no other
   * rule found anything.
   *
   * @param ruleIds the rules' ids, none null
   * @return this
   * @throws AssertionError if a rule of these found nothing, or another rule found something
   */
  public ReportAssert hasOnly(String... ruleIds) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(ruleIds));
    Set<String> found = actual.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    if (!found.equals(expected)) {
      failWithMessage("Expected findings of exactly %s, but they are of %s:%n%s", expected, found, actual.render());
    }
    return this;
  }

  /**
   * Verifies that every finding of a rule not among these is undetermined: no other rule is certainly
   * broken, whatever it found that might be.
   *
   * @param ruleIds the rules whose findings may be certain, none null
   * @return this
   * @throws AssertionError if another rule found something certain
   */
  public ReportAssert isCertainOnlyOf(String... ruleIds) {
    isNotNull();
    Set<String> allowed = Set.of(ruleIds);
    List<Finding> certain = actual.findings().stream()
        .filter(f -> !allowed.contains(f.ruleId()) && !f.undetermined()).collect(Collectors.toList());
    if (!certain.isEmpty()) {
      failWithMessage("Expected no certain finding but of %s, but these are certain:%n%s%nin:%n%s",
          new TreeSet<>(allowed), lines(certain), actual.render());
    }
    return this;
  }

  private FindingsAssert findings(String ruleId, Severity severity) {
    isNotNull();
    List<Finding> matching = actual.byRule(ruleId).stream()
        .filter(f -> severity == null || f.severity() == severity).collect(Collectors.toList());
    String what = (severity == null ? "a finding" : "a finding of severity " + severity) + " of " + ruleId;
    if (matching.isEmpty()) {
      failWithMessage("Expected %s, but the report has:%n%s", what, actual.render());
    }
    return new FindingsAssert(matching, what, actual);
  }

  static String lines(List<Finding> findings) {
    return findings.stream().map(f -> "  " + f).collect(Collectors.joining(System.lineSeparator()));
  }
}
