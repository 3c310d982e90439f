package io.github.briefings.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a validator runs, and the severity of each: every rule added, less those disabled, with
 * overridden severities; refuses two rules with one id, and an override or a disable that names no
 * rule. What {@link Validator} and {@link SeriesValidator} share.
 */
final class RuleSelection<R> {
  final List<R> run;
  private final Map<String, Severity> severities;
  /** The severity of each rule run, in the order of {@link #run}. */
  private final Severity[] runSeverities;

  RuleSelection(List<R> all, Function<R, String> id, Function<R, Severity> defaultSeverity,
      Map<String, Severity> overrides, Set<String> disabled) {
    Map<String, R> byId = new LinkedHashMap<>();
    for (R rule : all) {
      if (byId.putIfAbsent(id.apply(rule), rule) != null) {
        throw new IllegalArgumentException("two rules have the id \"" + id.apply(rule) + "\"");
      }
    }
    for (String ruleId : overrides.keySet()) {
      if (!byId.containsKey(ruleId)) {
        throw new IllegalArgumentException("cannot override the severity of \"" + ruleId + "\": no rule has that id");
      }
    }
    for (String ruleId : disabled) {
      if (!byId.containsKey(ruleId)) {
        throw new IllegalArgumentException("cannot disable \"" + ruleId + "\": no rule has that id");
      }
    }
    List<R> selected = new ArrayList<>();
    Map<String, Severity> bySeverity = new LinkedHashMap<>();
    byId.values().stream().filter(r -> !disabled.contains(id.apply(r))).sorted(Comparator.comparing(id))
        .forEach(r -> {
          selected.add(r);
          bySeverity.put(id.apply(r), Objects.requireNonNull(overrides.getOrDefault(id.apply(r), defaultSeverity.apply(r))));
        });
    this.run = List.copyOf(selected);
    this.severities = Map.copyOf(bySeverity);
    this.runSeverities = bySeverity.values().toArray(Severity[]::new);
  }

  /** Returns the severity of a rule's certain findings. */
  Severity severity(String ruleId) {
    Severity s = severities.get(ruleId);
    if (s == null) {
      throw new IllegalArgumentException("no rule with id \"" + ruleId + "\"");
    }
    return s;
  }

  /** Checks one input with one rule, reporting to a context. */
  @FunctionalInterface
  interface Check<R, I> {
    void check(R rule, I input, RuleContext context);
  }

  /**
   * Runs every rule on the input: a rule that throws is an ERROR of that rule at {@code where}, and
   * the others still run. The rules of one run share what they compute through their contexts.
   */
  <I> ValidationReport run(I input, ValidationPolicy policy, Function<R, String> id, Check<R, I> check, String where) {
    List<Finding> found = new ArrayList<>();
    Map<Object, Object> shared = new java.util.HashMap<>();
    for (int i = 0; i < run.size(); i++) {
      R rule = run.get(i);
      String ruleId = id.apply(rule);
      CollectingContext context = new CollectingContext(ruleId, runSeverities[i], policy, found, shared);
      try {
        check.check(rule, input, context);
      } catch (RuntimeException e) {
        found.add(new Finding(ruleId, Severity.ERROR, where, "the rule failed and its checks are incomplete: " + e,
            Map.of("exception", e.getClass().getName()), false));
      }
    }
    return ValidationReport.of(found);
  }
}
