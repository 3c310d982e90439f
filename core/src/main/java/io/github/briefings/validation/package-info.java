/**
 * Consistency checks on briefings: a {@link io.github.briefings.validation.Validator} runs
 * {@link io.github.briefings.validation.Rule rules} (the {@link io.github.briefings.validation.StandardRules
 * standard set}, the user's own, and any contributed through {@link java.util.ServiceLoader} by a
 * {@link io.github.briefings.validation.RuleProvider}) and returns a
 * {@link io.github.briefings.validation.ValidationReport}; it never throws for a briefing that could
 * be built.
 *
 * <p>Checks are three-valued because figures are intervals: a relation holds for every value the
 * figures allow, is certainly violated (reported at the rule's severity), or is undetermined
 * (reported at most as a warning, saying so).
 */
package io.github.briefings.validation;
