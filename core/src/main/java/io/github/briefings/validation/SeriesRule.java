package io.github.briefings.validation;

import io.github.briefings.series.BriefingSeries;
import java.util.Objects;

/**
 * A check of a series of briefings, with a stable id, a default severity and a one-line description:
 * what a {@link SeriesValidator} runs, as a {@link Validator} runs {@link Rule}s. The standard ones are
 * in {@link io.github.briefings.series.SeriesRules}; users add their own, directly or through a
 * {@link SeriesRuleProvider}.
 *
 * <p>A check should not throw; one that does is reported as an ERROR of its rule, and the other rules
 * still run. Invariants: the id is dot-separated lowercase slugs of at most 200 characters and the
 * description is not blank. Immutable and thread-safe when the check is.
 */
public final class SeriesRule {
  /** The check of a series rule: looks at a series and reports what it finds. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks a series.
     *
     * @param series the series, not null
     * @param findings where to report, and the settings of the validation, not null
     */
    void check(BriefingSeries series, RuleContext findings);
  }

  private final String id;
  private final Severity defaultSeverity;
  private final String description;
  private final Check check;

  private SeriesRule(String id, Severity defaultSeverity, String description, Check check) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.check = check;
  }

  /**
   * Returns a series rule.
   *
   * @param id dot-separated lowercase slugs, such as {@code acme.custody-keeps-falling}
   * @param defaultSeverity the severity of its certain findings unless overridden, not null
   * @param description what the rule checks, in one line
   * @param check the check, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id is malformed or the description blank
   */
  public static SeriesRule of(String id, Severity defaultSeverity, String description, Check check) {
    Objects.requireNonNull(defaultSeverity, "defaultSeverity must not be null");
    Objects.requireNonNull(check, "check must not be null");
    Rule.checkIdAndDescription(id, description);
    return new SeriesRule(id, defaultSeverity, description, check);
  }

  /**
   * Returns the stable id.
   *
   * @return the stable id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the severity of its certain findings unless a validator overrides it.
   *
   * @return the severity of its certain findings unless a validator overrides it
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns what the rule checks, in one line.
   *
   * @return what the rule checks, in one line
   */
  public String description() {
    return description;
  }

  /**
   * Returns the check.
   *
   * @return the check
   */
  public Check check() {
    return check;
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
