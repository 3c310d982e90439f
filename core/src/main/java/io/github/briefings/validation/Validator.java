package io.github.briefings.validation;

import io.github.briefings.model.Briefing;
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

  /** Returns a validator of the standard rules with the default policy. */
  public static Validator standard() {
    return builder().build();
  }

  /** Returns a builder that starts with the {@link StandardRules standard rules} and the default policy. */
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
    List<Finding> found = new ArrayList<>();
    Map<Object, Object> shared = new java.util.HashMap<>();
    for (Rule rule : rules.run) {
      CollectingContext sink = new CollectingContext(rule.id(), rules.severity(rule.id()), policy, found, shared);
      try {
        rule.check().check(briefing, sink);
      } catch (RuntimeException e) {
        found.add(new Finding(rule.id(), Severity.ERROR, "briefing",
            "the rule failed and its checks are incomplete: " + e, Map.of("exception", e.getClass().getName()), false));
      }
    }
    return ValidationReport.of(found);
  }

  /** Returns the rules run, in id order. */
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

  /** Returns the settings rules read. */
  public ValidationPolicy policy() {
    return policy;
  }

  /** Builds a {@link Validator}; not thread-safe. */
  public static final class Builder {
    private boolean standard = true;
    private final List<Rule> added = new ArrayList<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private ValidationPolicy policy = ValidationPolicy.defaults();

    private Builder() {}

    /** Leaves the standard rules out. */
    public Builder withoutStandardRules() {
      standard = false;
      return this;
    }

    /**
     * Adds a rule of the user's own.
     *
     * @param rule not null
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Adds rules of the user's own.
     *
     * @param rules not null
     * @return this builder
     */
    public Builder addRules(Collection<Rule> rules) {
      rules.forEach(this::addRule);
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
     * Sets the settings rules read.
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
    public Validator build() {
      List<Rule> all = new ArrayList<>();
      if (standard) {
        all.addAll(StandardRules.all());
      }
      all.addAll(added);
      return new Validator(new RuleSelection<>(all, Rule::id, Rule::defaultSeverity, overrides, disabled), policy);
    }
  }
}
