package io.github.briefings.validation;

import io.github.briefings.internal.Texts;
import io.github.briefings.model.Briefing;
import java.util.Objects;

/**
 * A consistency rule: a stable id, a default severity, a one-line description, and a check that
 * reports findings to a {@link RuleContext} sink. The check is usually a lambda:
 *
 * <pre>{@code
 * Rule evidence = Rule.of("acme.conviction-evidence", Severity.WARNING,
 *     "every conviction figure cites at least one kind of evidence",
 *     (briefing, findings) -> briefing.detention().forEach(d -> {
 *       if (d.convicted().isPresent() && d.convictionEvidence().isEmpty()) {
 *         findings.violated("detention.convicted", "no evidence cited for the convictions", Map.of());
 *       }
 *     }));
 * }</pre>
 *
 * <p>A check should not throw; one that does is reported by the {@link Validator} as an ERROR of
 * its rule, and the other rules still run. Invariants: the id is dot-separated lowercase slugs
 * ({@code detention.custody-within-suspects}) of at most 200 characters and the description is not
 * blank. Immutable and
 * thread-safe when the check is.
 */
public final class Rule {
  /** The longest rule id, in characters. */
  private static final int MAX_ID_LENGTH = 200;

  /** The check of a rule: looks at a briefing and reports what it finds. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks a briefing.
     *
     * @param briefing the briefing, not null
     * @param findings where to report, not null
     */
    void check(Briefing briefing, RuleContext findings);
  }

  private final String id;
  private final Severity defaultSeverity;
  private final String description;
  private final Check check;

  private Rule(String id, Severity defaultSeverity, String description, Check check) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.check = check;
  }

  /**
   * Returns a rule.
   *
   * @param id dot-separated lowercase slugs, such as {@code acme.conviction-evidence}
   * @param defaultSeverity the severity of its certain findings unless overridden, not null
   * @param description what the rule checks, in one line
   * @param check the check, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id is malformed or the description blank
   */
  public static Rule of(String id, Severity defaultSeverity, String description, Check check) {
    Objects.requireNonNull(defaultSeverity, "defaultSeverity must not be null");
    Objects.requireNonNull(check, "check must not be null");
    checkIdAndDescription(id, description);
    return new Rule(id, defaultSeverity, description, check);
  }

  /** Refuses a malformed rule id or a blank description, for rules of briefings and of series alike. */
  static void checkIdAndDescription(String id, String description) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(description, "description must not be null");
    if (id.length() > MAX_ID_LENGTH || !Texts.isDottedSlug(id)) {
      throw new IllegalArgumentException("id must be dot-separated lowercase slugs such as acme.my-rule, of at most "
          + MAX_ID_LENGTH + " characters: " + Texts.quote(id));
    }
    if (Texts.isBlank(description)) {
      throw new IllegalArgumentException("description must not be blank");
    }
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
   * Returns the severity of the rule's certain findings unless the validator overrides it.
   *
   * @return the severity of the rule's certain findings unless the validator overrides it
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

  /** Returns {@code id (SEVERITY): description}. */
  @Override
  public String toString() {
    return id + " (" + defaultSeverity + "): " + description;
  }
}
