package io.github.briefings.validation;

import io.github.briefings.model.Briefing;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Checks briefings against a set of rules and returns every finding in a {@link ValidationReport}.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .addRule(myRule)
 *     .severity(StandardRules.TRIAL_WITHIN_SUSPECTS, Severity.INFO)
 *     .disable(StandardRules.SURRENDERED_WITHIN_SEIZED)
 *     .policy(ValidationPolicy.defaults().withReferenceRates(rates))
 *     .build();
 * ValidationReport report = validator.validate(briefing);
 * }</pre>
 *
 * <p>{@link #validate} never throws for a briefing that could be built: a rule that throws is
 * reported as an ERROR of that rule and the others still run. Immutable and thread-safe when its
 * rules are.
 */
public final class Validator {
  private final RuleSelection<Rule> rules;
  private final ValidationPolicy policy;

  private Validator(RuleSelection<Rule> rules, ValidationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * Returns a validator of the standard rules with the default policy.
   *
   * @return a validator of the standard rules with the default policy
   */
  public static Validator standard() {
    return builder().build();
  }

  /**
   * Returns a builder that starts with the {@link StandardRules standard rules} and the default policy.
   *
   * @return a builder that starts with the {@link StandardRules standard rules} and the default policy
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a briefing.
   *
   * @param briefing not null
   * @return every finding, never null
   */
  public ValidationReport validate(Briefing briefing) {
    Objects.requireNonNull(briefing, "briefing must not be null");
    return rules.run(briefing, policy, Rule::id, (rule, input, context) -> rule.check().check(input, context),
        "briefing");
  }

  /**
   * Returns the rules run, in id order.
   *
   * @return the rules run, in id order
   */
  public List<Rule> rules() {
    return rules.run;
  }

  /**
   * Returns the severity the validator gives a rule's certain findings.
   *
   * @param ruleId the id of a rule of this validator
   * @return the severity, overridden or the rule's default
   * @throws IllegalArgumentException if no rule has the id
   */
  public Severity severity(String ruleId) {
    return rules.severity(ruleId);
  }

  /**
   * Returns the settings rules read.
   *
   * @return the settings rules read
   */
  public ValidationPolicy policy() {
    return policy;
  }

  /** Builds a {@link Validator}; not thread-safe. */
  public static final class Builder extends RuleSetBuilder<Rule, Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds the rules of every {@link RuleProvider} listed in {@code META-INF/services} on the class
     * path of the loader.
     *
     * @param loader not null
     * @return this builder
     * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded
     */
    public Builder addDiscoveredRules(ClassLoader loader) {
      for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
        addRules(provider.rules());
      }
      return self();
    }

    /**
     * Builds the validator.
     *
     * @return the validator, never null
     * @throws IllegalArgumentException if two rules share an id, or an override or disable names no rule
     */
    public Validator build() {
      return new Validator(select(StandardRules.all(), Rule::id, Rule::defaultSeverity), policy());
    }
  }
}
