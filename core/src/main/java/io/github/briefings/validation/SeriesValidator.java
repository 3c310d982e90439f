package io.github.briefings.validation;

import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.SeriesRules;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Checks series of briefings against series rules and returns every finding in a
 * {@link ValidationReport}: the series counterpart of {@link Validator}, with the same overrides.
 *
 * <pre>{@code
 * SeriesValidator validator = SeriesValidator.builder()
 *     .addRule(myRule)
 *     .severity(SeriesRules.CUMULATIVE_FALL, Severity.ERROR)
 *     .disable(SeriesRules.LONE_KEY)
 *     .policy(ValidationPolicy.defaults().withApproximation(Tolerance.percent(5)))
 *     .build();
 * ValidationReport report = validator.validate(series);
 * }</pre>
 *
 * <p>{@link #validate} never throws: a rule that throws is reported as an ERROR of that rule and the
 * others still run. It checks the series only; validate each briefing with a {@link Validator}.
 * Immutable and thread-safe when its rules are.
 */
public final class SeriesValidator {
  private final RuleSelection<SeriesRule> rules;
  private final ValidationPolicy policy;

  private SeriesValidator(RuleSelection<SeriesRule> rules, ValidationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * Returns a validator of the {@link SeriesRules standard series rules} with the default policy.
   *
   * @return a validator of the {@link SeriesRules standard series rules} with the default policy
   */
  public static SeriesValidator standard() {
    return builder().build();
  }

  /**
   * Returns a builder that starts with the standard series rules and the default policy.
   *
   * @return a builder that starts with the standard series rules and the default policy
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a series.
   *
   * @param series not null
   * @return every finding, never null
   */
  public ValidationReport validate(BriefingSeries series) {
    Objects.requireNonNull(series, "series must not be null");
    return rules.run(series, policy, SeriesRule::id, (rule, input, context) -> rule.check().check(input, context),
        "series");
  }

  /**
   * Returns the rules run, in id order.
   *
   * @return the rules run, in id order
   */
  public List<SeriesRule> rules() {
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

  /** Builds a {@link SeriesValidator}; not thread-safe. */
  public static final class Builder extends RuleSetBuilder<SeriesRule, Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds the rules of every {@link SeriesRuleProvider} listed in {@code META-INF/services} on the
     * class path of the loader.
     *
     * @param loader not null
     * @return this builder
     * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded
     */
    public Builder addDiscoveredRules(ClassLoader loader) {
      for (SeriesRuleProvider provider : ServiceLoader.load(SeriesRuleProvider.class, loader)) {
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
    public SeriesValidator build() {
      return new SeriesValidator(select(SeriesRules.all(), SeriesRule::id, SeriesRule::defaultSeverity), policy());
    }
  }
}
