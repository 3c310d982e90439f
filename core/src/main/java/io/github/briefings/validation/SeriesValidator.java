package io.github.briefings.validation;

import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.SeriesRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

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

  /** Returns a validator of the {@link SeriesRules standard series rules} with the default policy. */
  public static SeriesValidator standard() {
    return builder().build();
  }

  /** Returns a builder that starts with the standard series rules and the default policy. */
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
    List<Finding> found = new ArrayList<>();
    Map<Object, Object> shared = new java.util.HashMap<>();
    for (SeriesRule rule : rules.run) {
      CollectingContext sink = new CollectingContext(rule.id(), rules.severity(rule.id()), policy, found, shared);
      try {
        rule.check().check(series, sink);
      } catch (RuntimeException e) {
        found.add(new Finding(rule.id(), Severity.ERROR, "series",
            "the rule failed and its checks are incomplete: " + e, Map.of("exception", e.getClass().getName()), false));
      }
    }
    return ValidationReport.of(found);
  }

  /** Returns the rules run, in id order. */
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

  /** Returns the settings rules read. */
  public ValidationPolicy policy() {
    return policy;
  }

  /** Builds a {@link SeriesValidator}; not thread-safe. */
  public static final class Builder {
    private boolean standard = true;
    private final List<SeriesRule> added = new ArrayList<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private ValidationPolicy policy = ValidationPolicy.defaults();

    private Builder() {}

    /** Leaves the standard series rules out. */
    public Builder withoutStandardRules() {
      standard = false;
      return this;
    }

    /**
     * Adds a series rule of the user's own.
     *
     * @param rule not null
     * @return this builder
     */
    public Builder addRule(SeriesRule rule) {
      added.add(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Adds series rules of the user's own.
     *
     * @param rules not null
     * @return this builder
     */
    public Builder addRules(Collection<SeriesRule> rules) {
      rules.forEach(this::addRule);
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
      return this;
    }

    /**
     * Gives a rule's certain findings another severity.
     *
     * @param ruleId the id of a rule of the validator
     * @param severity not null
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId must not be null"),
          Objects.requireNonNull(severity, "severity must not be null"));
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the id of a rule of the validator
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId must not be null"));
      return this;
    }

    /**
     * Sets the settings rules read: the tolerance for approximate figures, among others.
     *
     * @param policy not null
     * @return this builder
     */
    public Builder policy(ValidationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, never null
     * @throws IllegalArgumentException if two rules share an id, or an override or disable names no rule
     */
    public SeriesValidator build() {
      List<SeriesRule> all = new ArrayList<>();
      if (standard) {
        all.addAll(SeriesRules.all());
      }
      all.addAll(added);
      return new SeriesValidator(new RuleSelection<>(all, SeriesRule::id, SeriesRule::defaultSeverity, overrides,
          disabled), policy);
    }
  }
}
