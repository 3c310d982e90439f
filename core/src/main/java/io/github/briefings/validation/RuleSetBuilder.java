package io.github.briefings.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the builders of {@link Validator} and {@link SeriesValidator} share: the standard rules or
 * not, rules of one's own, overridden severities, rules switched off, and the policy. Not thread-safe.
 *
 * @param <R> the type of rule
 * @param <B> the builder
 */
abstract class RuleSetBuilder<R, B extends RuleSetBuilder<R, B>> {
  private boolean standard = true;
  private final List<R> added = new ArrayList<>();
  private final Map<String, Severity> overrides = new LinkedHashMap<>();
  private final Set<String> disabled = new HashSet<>();
  private ValidationPolicy policy = ValidationPolicy.defaults();

  abstract B self();

  /**
   * Leaves the standard rules out.
   *
   * @return this builder
   */
  public B withoutStandardRules() {
    standard = false;
    return self();
  }

  /**
   * Adds a rule of the user's own.
   *
   * @param rule not null
   * @return this builder
   */
  public B addRule(R rule) {
    added.add(Objects.requireNonNull(rule, "rule must not be null"));
    return self();
  }

  /**
   * Adds rules of the user's own.
   *
   * @param rules not null
   * @return this builder
   */
  public B addRules(Collection<R> rules) {
    rules.forEach(this::addRule);
    return self();
  }

  /**
   * Gives a rule's certain findings another severity.
   *
   * @param ruleId the id of a rule of the validator
   * @param severity not null
   * @return this builder
   */
  public B severity(String ruleId, Severity severity) {
    overrides.put(Objects.requireNonNull(ruleId, "ruleId must not be null"),
        Objects.requireNonNull(severity, "severity must not be null"));
    return self();
  }

  /**
   * Switches a rule off.
   *
   * @param ruleId the id of a rule of the validator
   * @return this builder
   */
  public B disable(String ruleId) {
    disabled.add(Objects.requireNonNull(ruleId, "ruleId must not be null"));
    return self();
  }

  /**
   * Sets the settings rules read: the tolerance of approximate figures, reference rates and more.
   *
   * @param policy not null
   * @return this builder
   */
  public B policy(ValidationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    return self();
  }

  ValidationPolicy policy() {
    return policy;
  }

  /**
   * Returns the rules to run and their severities.
   *
   * @throws IllegalArgumentException if two rules share an id, or an override or disable names no rule
   */
  RuleSelection<R> select(List<R> standardRules, Function<R, String> id, Function<R, Severity> defaultSeverity) {
    List<R> all = new ArrayList<>();
    if (standard) {
      all.addAll(standardRules);
    }
    all.addAll(added);
    return new RuleSelection<>(all, id, defaultSeverity, overrides, disabled);
  }
}
