package io.github.briefings.validation;

import java.util.List;

/**
 * A service that contributes series rules: list an implementation in
 * {@code META-INF/services/io.github.briefings.validation.SeriesRuleProvider} and a
 * {@link SeriesValidator} built with {@link SeriesValidator.Builder#addDiscoveredRules(ClassLoader)}
 * runs its rules. Implementations need a public no-argument constructor.
 */
public interface SeriesRuleProvider {
  /**
   * Returns the series rules contributed.
   *
   * @return the rules, not null
   */
  List<SeriesRule> rules();
}
