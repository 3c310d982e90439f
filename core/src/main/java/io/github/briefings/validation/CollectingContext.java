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
    Map<String, Count> parts = addends.asMap();
    Map<String, Count> whole = total.asMap();
    if (parts.isEmpty() || whole.isEmpty()) {
      return;
    }
    Interval p = sum(parts);
    Interval w = sum(whole);
    if (p.allAtMost(w)) {
      return;
    }
    if (p.allAbove(w)) {
      violated(path, describe(parts, p) + " exceeds " + describe(whole, w), values(parts, whole));
    } else {
      undetermined(path, "cannot tell whether " + describe(parts, p) + " is at most " + describe(whole, w)
          + ": the figures allow " + p + " against " + w, values(parts, whole));
    }
  }

  @Override
  public void atMost(String path, Addends addends, Addends minus, Addends total) {
    Map<String, Count> parts = addends.asMap();
    Map<String, Count> less = minus.asMap();
    Map<String, Count> whole = total.asMap();
    if (less.isEmpty()) {
      atMost(path, addends, total);
      return;
    }
    if (parts.isEmpty() || whole.isEmpty()) {
      return;
    }
    Interval p = sum(parts).minus(sum(less));
    Interval w = sum(whole);
    if (p.allAtMost(w)) {
      return;
    }
    String net = describe(parts, sum(parts)) + " less " + describe(less, sum(less));
    Map<String, String> values = values(parts, whole);
    less.forEach((name, count) -> values.put(name, count.toString()));
    if (p.allAbove(w)) {
      violated(path, net + " exceeds " + describe(whole, w), values);
    } else {
      undetermined(path, "cannot tell whether " + net + " is at most " + describe(whole, w)
          + ": the figures allow " + p + " against " + w, values);
    }
  }

  @Override
  public void equal(String path, Addends addends, Addends total) {
    Map<String, Count> parts = addends.asMap();
    Map<String, Count> whole = total.asMap();
    if (parts.isEmpty() || whole.isEmpty()) {
      return;
    }
    Interval p = sum(parts);
    Interval w = sum(whole);
    if (p.isSingleton() && p.equals(w)) {
      return;
    }
    if (p.isDisjointFrom(w)) {
      violated(path, describe(parts, p) + " differs from " + describe(whole, w), values(parts, whole));
    } else {
      undetermined(path, "cannot tell whether " + describe(parts, p) + " equals " + describe(whole, w)
          + ": the figures allow " + p + " against " + w, values(parts, whole));
    }
  }

  /** Returns the interval of the sum of the figures, reading "about N" with the policy's tolerance. */
  private Interval sum(Map<String, Count> figures) {
    Tolerance t = policy.approximation();
    Interval total = Interval.exactly(0);
    for (Count c : figures.values()) {
      total = total.plus(c.interval(t));
    }
    return total;
  }

  /** {@code inCustody (269)}, or {@code inCustody + released (269 + 315 = 584)}. */
  private static String describe(Map<String, Count> figures, Interval total) {
    StringJoiner names = new StringJoiner(" + ");
    StringJoiner counts = new StringJoiner(" + ");
    figures.forEach((name, count) -> {
      names.add(name);
      counts.add(count.toString());
    });
    String sum = "";
    if (figures.size() > 1) {
      sum = total.isSingleton() ? " = " + total.lower() : ", that is " + total;
    }
    return names + " (" + counts + sum + ")";
  }

  private static Map<String, String> values(Map<String, Count> parts, Map<String, Count> whole) {
    Map<String, String> values = new LinkedHashMap<>();
    parts.forEach((name, count) -> values.put(name, count.toString()));
    whole.forEach((name, count) -> values.put(name, count.toString()));
    return values;
  }
}
