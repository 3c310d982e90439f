package io.github.briefings.validation;

import io.github.briefings.model.Count;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Tolerance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The {@link RuleContext} of one rule run: collects findings at the rule's effective severity. */
final class CollectingContext implements RuleContext {
  private final String ruleId;
  private final Severity severity;
  private final ValidationPolicy policy;
  private final List<Finding> out;
  private final Map<Object, Object> shared;

  /**
   * @param shared what the rules of one validation compute once and share, by key; see {@link #shared}
   */
  CollectingContext(String ruleId, Severity severity, ValidationPolicy policy, List<Finding> out,
      Map<Object, Object> shared) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.policy = policy;
    this.out = out;
    this.shared = shared;
  }

  /**
   * Returns what the rules of this validation share under a key, computing it the first time: the
   * figures of a section by scope, which every relation over the section reads. A value computed here
   * must depend on nothing but the key and the validated input, and must not be changed.
   */
  @SuppressWarnings("unchecked") // every key is used with one type of value
  <T> T shared(Object key, java.util.function.Supplier<T> compute) {
    return (T) shared.computeIfAbsent(key, k -> compute.get());
  }

  @Override
  public ValidationPolicy policy() {
    return policy;
  }

  @Override
  public void violated(String path, String message, Map<String, String> values) {
    out.add(new Finding(ruleId, severity, path, message, values, false));
  }

  @Override
  public void undetermined(String path, String message, Map<String, String> values) {
    Severity capped = severity.compareTo(Severity.WARNING) > 0 ? Severity.WARNING : severity;
    out.add(new Finding(ruleId, capped, path, message, values, true));
  }

  @Override
  public void note(String path, String message, Map<String, String> values) {
    out.add(new Finding(ruleId, Severity.INFO, path, message, values, false));
  }

  @Override
  public void atMost(String path, Addends addends, Addends total) {
    if (addends.isEmpty() || total.isEmpty()) {
      return;
    }
    Interval p = sum(addends);
    Interval w = sum(total);
    if (p.allAtMost(w)) {
      return;
    }
    if (p.allAbove(w)) {
      violated(path, describe(addends, p) + " exceeds " + describe(total, w), values(addends, total));
    } else {
      undetermined(path, "cannot tell whether " + describe(addends, p) + " is at most " + describe(total, w)
          + ": the figures allow " + p + " against " + w, values(addends, total));
    }
  }

  @Override
  public void atMost(String path, Addends addends, Addends minus, Addends total) {
    if (minus.isEmpty()) {
      atMost(path, addends, total);
      return;
    }
    if (addends.isEmpty() || total.isEmpty()) {
      return;
    }
    Interval parts = sum(addends);
    Interval less = sum(minus);
    Interval p = parts.minus(less);
    Interval w = sum(total);
    if (p.allAtMost(w)) {
      return;
    }
    String net = describe(addends, parts) + " less " + describe(minus, less);
    Map<String, String> values = values(addends, total);
    for (int i = 0; i < minus.size(); i++) {
      values.put(minus.name(i), minus.count(i).toString());
    }
    if (p.allAbove(w)) {
      violated(path, net + " exceeds " + describe(total, w), values);
    } else {
      undetermined(path, "cannot tell whether " + net + " is at most " + describe(total, w)
          + ": the figures allow " + p + " against " + w, values);
    }
  }

  @Override
  public void equal(String path, Addends addends, Addends total) {
    if (addends.isEmpty() || total.isEmpty()) {
      return;
    }
    Interval p = sum(addends);
    Interval w = sum(total);
    if (p.isSingleton() && p.equals(w)) {
      return;
    }
    if (p.isDisjointFrom(w)) {
      violated(path, describe(addends, p) + " differs from " + describe(total, w), values(addends, total));
    } else {
      undetermined(path, "cannot tell whether " + describe(addends, p) + " equals " + describe(total, w)
          + ": the figures allow " + p + " against " + w, values(addends, total));
    }
  }

  /** Returns the interval of the sum of the figures, reading "about N" with the policy's tolerance. */
  private Interval sum(Addends figures) {
    Tolerance t = policy.approximation();
    Interval total = Interval.exactly(0);
    for (int i = 0; i < figures.size(); i++) {
      total = total.plus(figures.count(i).interval(t));
    }
    return total;
  }

  /** {@code inCustody (269)}, or {@code inCustody + released (269 + 315 = 584)}. */
  private static String describe(Addends figures, Interval total) {
    StringJoiner names = new StringJoiner(" + ");
    StringJoiner counts = new StringJoiner(" + ");
    for (int i = 0; i < figures.size(); i++) {
      names.add(figures.name(i));
      counts.add(figures.count(i).toString());
    }
    String sum = "";
    if (figures.size() > 1) {
      sum = total.isSingleton() ? " = " + total.lower() : ", that is " + total;
    }
    return names + " (" + counts + sum + ")";
  }

  private static Map<String, String> values(Addends parts, Addends whole) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      values.put(parts.name(i), parts.count(i).toString());
    }
    for (int i = 0; i < whole.size(); i++) {
      values.put(whole.name(i), whole.count(i).toString());
    }
    return values;
  }
}
