package io.github.briefings.validation;

import java.util.Map;

/**
 * Where a {@link Rule} reports what it finds, and the settings it reads. Certain findings are
 * reported at the rule's effective severity; undetermined ones at most as a
 * {@link Severity#WARNING}.
 *
 * <p>The comparison methods do the three-valued work for rules over figures: they report nothing
 * when the relation holds for every value the figures allow, a certain violation when it holds for
 * none, and an undetermined finding otherwise. Values are named as the caller names them, and the
 * names appear in messages and in {@link Finding#values()}, in the order of the {@link Addends}.
 */
public interface RuleContext {

  /**
   * Returns the settings of the validation.
   *
   * @return the settings of the validation
   */
  ValidationPolicy policy();

  /**
   * Reports a certain finding at the rule's severity.
   *
   * @param path the path of the figure, not null
   * @param message plain English naming the values, not null
   * @param values the values by name, not null
   */
  void violated(String path, String message, Map<String, String> values);

  /**
   * Reports that the rule could not decide, at most as a warning.
   *
   * @param path the path of the figure, not null
   * @param message plain English saying what is undetermined and why, not null
   * @param values the values by name, not null
   */
  void undetermined(String path, String message, Map<String, String> values);

  /**
   * Reports a remark at {@link Severity#INFO}, whatever the rule's severity: something worth knowing
   * that is not a finding against the figures (a check that could not be made, say).
   *
   * @param path the path of the figure, not null
   * @param message plain English, not null
   * @param values the values by name, not null
   */
  void note(String path, String message, Map<String, String> values);

  /**
   * Checks that the sum of the {@code parts} is at most the sum of the {@code whole}.
   *
   * @param path where to report, not null
   * @param parts figures in order, not null; nothing is checked when empty
   * @param whole figures, not null; nothing is checked when empty
   */
  void atMost(String path, Addends parts, Addends whole);

  /**
   * Checks that the sum of the {@code parts}, less the sum of {@code less}, is at most the sum of the
   * {@code whole}: parts that overlap, less their overlap, against a total.
   *
   * @param path where to report, not null
   * @param parts figures in order, not null; nothing is checked when empty
   * @param less figures to take from the parts (never below zero), not null
   * @param whole figures, not null; nothing is checked when empty
   */
  void atMost(String path, Addends parts, Addends less, Addends whole);

  /**
   * Checks that the sum of the {@code parts} equals the sum of the {@code whole}.
   *
   * @param path where to report, not null
   * @param parts figures in order, not null; nothing is checked when empty
   * @param whole figures, not null; nothing is checked when empty
   */
  void equal(String path, Addends parts, Addends whole);
}
