package io.github.briefings.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of validation: which rule, how serious, where (the path of the figure, such as
 * {@code detention[mass-riots].inCustody}), a message in plain English naming the values, and the
 * values themselves ({@code inCustody=269, suspects=547}).
 *
 * <p>A finding is either certain (the figures cannot all be true) or {@link #undetermined()} (they
 * may or may not be, because a figure is approximate or open-ended). Immutable and thread-safe.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String path;
  private final String message;
  private final Map<String, String> values;
  private final boolean undetermined;

  /**
   * Creates a finding.
   *
   * @param ruleId the id of the rule, not null
   * @param severity not null
   * @param path the path of the figure, or of the section, not null
   * @param message plain English naming the values, not null
   * @param values the values involved by name, in order, not null
   * @param undetermined whether the rule could not decide
   */
  public Finding(String ruleId, Severity severity, String path, String message, Map<String, String> values,
      boolean undetermined) {
    this(ruleId, severity, path, message, undetermined,
        new LinkedHashMap<>(Objects.requireNonNull(values, "values must not be null")));
  }

  /** Creates a finding that keeps the values map given, which no one else holds. */
  private Finding(String ruleId, Severity severity, String path, String message, boolean undetermined,
      Map<String, String> values) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId must not be null");
    this.severity = Objects.requireNonNull(severity, "severity must not be null");
    this.path = Objects.requireNonNull(path, "path must not be null");
    this.message = Objects.requireNonNull(message, "message must not be null");
    this.values = Collections.unmodifiableMap(values);
    this.undetermined = undetermined;
  }

  /**
   * Returns a finding that keeps the values map, without a copy: for values the library built for
   * this finding alone, in order, with no null.
   */
  static Finding owning(String ruleId, Severity severity, String path, String message, Map<String, String> values,
      boolean undetermined) {
    return new Finding(ruleId, severity, path, message, undetermined, values);
  }

  /**
   * Returns the id of the rule that found it, such as {@code detention.custody-within-suspects}.
   *
   * @return the id of the rule that found it, such as {@code detention.custody-within-suspects}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns how serious it is.
   *
   * @return how serious it is
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the path of the figure, such as {@code detention[mass-riots].inCustody}.
   *
   * @return the path of the figure, such as {@code detention[mass-riots].inCustody}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the finding in plain English, naming the values.
   *
   * @return the finding in plain English, naming the values
   */
  public String message() {
    return message;
  }

  /**
   * Returns the values involved by name, in the order the rule gave them.
   *
   * @return the values involved by name, in the order the rule gave them
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * Returns whether the rule could not decide (the figures may or may not fit).
   *
   * @return whether the rule could not decide (the figures may or may not fit)
   */
  public boolean undetermined() {
    return undetermined;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding v = (Finding) o;
    return ruleId.equals(v.ruleId) && severity == v.severity && path.equals(v.path) && message.equals(v.message)
        && values.equals(v.values) && undetermined == v.undetermined;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message, values, undetermined);
  }

  /** Returns {@code ERROR detention.custody-within-suspects at detention[x].inCustody: message}. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " at " + path + ": " + message;
  }
}
