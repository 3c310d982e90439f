package io.github.briefings.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All findings of a validation, in a deterministic order that does not depend on the order rules
 * were registered: most serious first, then by rule id, path and message.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
      .thenComparing(Finding::ruleId).thenComparing(Finding::path).thenComparing(Finding::message)
      .thenComparing(v -> v.values().toString());

  private final List<Finding> findings;

  private ValidationReport(List<Finding> sorted) {
    this.findings = sorted;
  }

  /**
   * Returns a report of the findings, sorted.
   *
   * @param findings not null
   * @return the report, never null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    Finding[] sorted = findings.toArray(new Finding[0]);
    Arrays.sort(sorted, ORDER);
    return new ValidationReport(List.of(sorted));
  }

  /**
   * Returns every finding, most serious first.
   *
   * @return every finding, most serious first
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns whether there is no finding at all.
   *
   * @return whether there is no finding at all
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns whether any finding is an {@link Severity#ERROR}.
   *
   * @return whether any finding is an {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return highestSeverity().filter(s -> s == Severity.ERROR).isPresent();
  }

  /**
   * Returns the severity of the most serious finding, or empty when there is none.
   *
   * @return the severity of the most serious finding, or empty when there is none
   */
  public Optional<Severity> highestSeverity() {
    return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId not null
   * @return the findings, in report order
   */
  public List<Finding> byRule(String ruleId) {
    return findings.stream().filter(v -> v.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity not null
   * @return the findings, in report order
   */
  public List<Finding> bySeverity(Severity severity) {
    return findings.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns how many findings have the severity.
   *
   * @param severity not null
   * @return the count
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(v -> v.severity() == severity).count();
  }

  /**
   * Renders the report for people: one line per finding, then a summary line
   * ({@code 0 errors, 1 warning, 1 info}).
   *
   * @return the text, ending with a line break
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Finding v : findings) {
      out.append(v).append('\n');
    }
    return out.append(summary()).append('\n').toString();
  }

  /**
   * Returns the summary line: {@code 0 errors, 2 warnings, 1 info}.
   *
   * @return the summary line: {@code 0 errors, 2 warnings, 1 info}
   */
  public String summary() {
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO) + " info";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }
}
