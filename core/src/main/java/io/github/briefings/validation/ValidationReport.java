package io.github.briefings.validation;

import java.util.ArrayList;
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
  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity).reversed()
      .thenComparing(Violation::ruleId).thenComparing(Violation::path).thenComparing(Violation::message)
      .thenComparing(v -> v.values().toString());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> sorted) {
    this.violations = sorted;
  }

  /**
   * Returns a report of the findings, sorted.
   *
   * @param violations not null
   * @return the report, never null
   */
  public static ValidationReport of(Collection<Violation> violations) {
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted));
  }

  /** Returns every finding, most serious first. */
  public List<Violation> violations() {
    return violations;
  }

  /** Returns whether there is no finding at all. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** Returns whether any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return highestSeverity().filter(s -> s == Severity.ERROR).isPresent();
  }

  /** Returns the severity of the most serious finding, or empty when there is none. */
  public Optional<Severity> highestSeverity() {
    return violations.isEmpty() ? Optional.empty() : Optional.of(violations.get(0).severity());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId not null
   * @return the findings, in report order
   */
  public List<Violation> byRule(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity not null
   * @return the findings, in report order
   */
  public List<Violation> bySeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns how many findings have the severity.
   *
   * @param severity not null
   * @return the count
   */
  public int count(Severity severity) {
    return (int) violations.stream().filter(v -> v.severity() == severity).count();
  }

  /**
   * Renders the report for people: one line per finding, then a summary line
   * ({@code 0 errors, 1 warning, 1 info}).
   *
   * @return the text, ending with a line break
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Violation v : violations) {
      out.append(v).append('\n');
    }
    return out.append(summary()).append('\n').toString();
  }

  /** Returns the summary line: {@code 0 errors, 2 warnings, 1 info}. */
  public String summary() {
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO) + " info";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** Returns {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }
}
