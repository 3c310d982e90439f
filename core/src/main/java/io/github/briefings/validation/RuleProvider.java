package io.github.briefings.validation;

import java.util.List;

/**
 * A service that contributes rules: list an implementation in
 * {@code META-INF/services/io.github.briefings.validation.RuleProvider} and a {@link Validator}
 * built with {@link Validator.Builder#addDiscoveredRules(ClassLoader)} runs its rules, so dropping
 * a jar on the class path adds its checks. Implementations need a public no-argument constructor.
 */
public interface RuleProvider {
  /**
   * Returns the rules contributed.
   *
   * @return the rules, not null
   */
  List<Rule> rules();
}
