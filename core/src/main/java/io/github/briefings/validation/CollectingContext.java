package io.github.briefings.validation;

import io.github.briefings.model.Interval;
import io.github.briefings.model.Tolerance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Object value = shared.get(key);
    if (value == null) {
      value = compute.get();
      shared.put(key, value);
    }
    return (T) value;
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
    out.add(new Finding(ruleId, capped(), path, message, values, true));
  }

  /** Returns the severity of an undetermined finding: at most a WARNING. */
  private Severity capped() {
    return severity.compareTo(Severity.WARNING) > 0 ? Severity.WARNING : severity;
  }

  /** Reports a finding of a comparison, whose values map was built here for it alone and is not copied. */
  private void found(boolean certain, String path, String message, Map<String, String> values) {
    out.add(Finding.owning(ruleId, certain ? severity : capped(), path, message, values, !certain));
  }

  @Override
  public void note(String path, String message, Map<String, String> values) {
    out.add(new Finding(ruleId, Severity.INFO, path, message, values, false));
  }

  /** Reports a note whose values map was built for it alone, and is not copied. */
  void noteOwning(String path, String message, Map<String, String> values) {
    out.add(Finding.owning(ruleId, Severity.INFO, path, message, values, false));
  }

  /**
   * Returns whether {@link #atMost(String, Addends, Addends)} would find nothing: a side has no
   * figure, or the relation holds whatever the true values. A rule that asks first builds a
   * finding's path only for a finding.
   */
  boolean holdsAtMost(Addends addends, Addends total) {
    return addends.isEmpty() || total.isEmpty() || holds(Relation.Comparison.AT_MOST, addends, total);
  }

  /**
   * Returns whether {@link #holdsAtMost(Addends, Addends)} would hold for the figure of index {@code i}
   * of {@code addends} alone, without making addends of it.
   */
  boolean holdsAtMost(Addends addends, int i, Addends total) {
    return total.isEmpty() || Sums.atMost(addends.count(i), total.counts(), policy.approximation());
  }

  /** Returns whether {@link #equal} would find nothing, as {@link #holdsAtMost} for {@link #atMost}. */
  boolean holdsEqual(Addends addends, Addends total) {
    return addends.isEmpty() || total.isEmpty() || holds(Relation.Comparison.EQUAL, addends, total);
  }

  private boolean holds(Relation.Comparison comparison, Addends left, Addends right) {
    return Sums.holds(comparison, left.counts(), right.counts(), policy.approximation());
  }

  /**
   * Returns whether left compares with right as the comparison says whatever the true values are
   * (for equality: both are one and the same value), so that comparing them finds nothing.
   */
  static boolean holds(Relation.Comparison comparison, Interval left, Interval right) {
    switch (comparison) {
      case AT_MOST:
        return left.allAtMost(right);
      case AT_LEAST:
        return right.allAtMost(left);
      default:
        return left.isSingleton() && left.equals(right);
    }
  }

  @Override
  public void atMost(String path, Addends addends, Addends total) {
    if (holdsAtMost(addends, total)) {
      return;
    }
    Interval p = sum(addends);
    Interval w = sum(total);
    String[] pt = texts(addends);
    String[] wt = texts(total);
    if (p.allAbove(w)) {
      found(true, path, describe(addends, pt, p) + " exceeds " + describe(total, wt, w),
          values(addends, pt, total, wt));
    } else {
      found(false, path, "cannot tell whether " + describe(addends, pt, p) + " is at most " + describe(total, wt, w)
          + ": the figures allow " + p + " against " + w, values(addends, pt, total, wt));
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
    if (holds(Relation.Comparison.AT_MOST, p, w)) {
      return;
    }
    String[] pt = texts(addends);
    String[] lt = texts(minus);
    String[] wt = texts(total);
    String net = describe(addends, pt, parts) + " less " + describe(minus, lt, less);
    Map<String, String> values = values(addends, pt, total, wt);
    for (int i = 0; i < minus.size(); i++) {
      values.put(minus.name(i), lt[i]);
    }
    if (p.allAbove(w)) {
      found(true, path, net + " exceeds " + describe(total, wt, w), values);
    } else {
      found(false, path, "cannot tell whether " + net + " is at most " + describe(total, wt, w)
          + ": the figures allow " + p + " against " + w, values);
    }
  }

  @Override
  public void equal(String path, Addends addends, Addends total) {
    if (holdsEqual(addends, total)) {
      return;
    }
    Interval p = sum(addends);
    Interval w = sum(total);
    String[] pt = texts(addends);
    String[] wt = texts(total);
    if (p.isDisjointFrom(w)) {
      found(true, path, describe(addends, pt, p) + " differs from " + describe(total, wt, w),
          values(addends, pt, total, wt));
    } else {
      found(false, path, "cannot tell whether " + describe(addends, pt, p) + " equals " + describe(total, wt, w)
          + ": the figures allow " + p + " against " + w, values(addends, pt, total, wt));
    }
  }

  /** Returns the interval of the sum of the figures, reading "about N" with the policy's tolerance. */
  private Interval sum(Addends figures) {
    if (figures.isEmpty()) {
      return Interval.exactly(0);
    }
    Tolerance t = policy.approximation();
    Interval total = figures.count(0).interval(t);
    for (int i = 1; i < figures.size(); i++) {
      total = total.plus(figures.count(i).interval(t));
    }
    return total;
  }

  /** Returns each figure in words, once for the message and the values. */
  private static String[] texts(Addends figures) {
    String[] out = new String[figures.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = figures.count(i).toString();
    }
    return out;
  }

  /** {@code inCustody (269)}, or {@code inCustody + released (269 + 315 = 584)}. */
  private static String describe(Addends figures, String[] texts, Interval total) {
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < texts.length; i++) {
      out.append(i == 0 ? "" : " + ").append(figures.name(i));
    }
    out.append(" (");
    for (int i = 0; i < texts.length; i++) {
      out.append(i == 0 ? "" : " + ").append(texts[i]);
    }
    if (texts.length > 1) {
      if (total.isSingleton()) {
        out.append(" = ").append(total.lower());
      } else {
        out.append(", that is ").append(total);
      }
    }
    return out.append(')').toString();
  }

  private static Map<String, String> values(Addends parts, String[] partTexts, Addends whole, String[] wholeTexts) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < partTexts.length; i++) {
      values.put(parts.name(i), partTexts[i]);
    }
    for (int i = 0; i < wholeTexts.length; i++) {
      values.put(whole.name(i), wholeTexts[i]);
    }
    return values;
  }
}
