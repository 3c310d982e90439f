package io.github.briefings.testkit;

import io.github.briefings.validation.Finding;
import io.github.briefings.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the findings of one rule that {@link ReportAssert} selected, never empty.
 * Each assertion keeps the findings it matches, so that {@code hasError(id).at(path).certain()} asks
 * for one finding that is all three. A failure lists the findings it chose from and the whole report.
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
  private final String what;
  private final ValidationReport report;

  FindingsAssert(List<Finding> findings, String what, ValidationReport report) {
    super(List.copyOf(findings), FindingsAssert.class);
    this.what = what;
    this.report = report;
  }

  /**
   * Verifies that one of the findings is at the path, and keeps those that are.
   *
   * @param path the path of a figure, such as {@code detention[mass-riots].inCustody}, not null
   * @return the findings at that path
   * @throws AssertionError if none is
   */
  public FindingsAssert at(String path) {
    Objects.requireNonNull(path, "path");
    return keep(f -> f.path().equals(path), "at " + path);
  }

  /**
   * Verifies that one of the findings has a message containing the text, and keeps those that do.
   *
   * @param text a part of the message, not null
   * @return the findings whose message contains it
   * @throws AssertionError if none does
   */
  public FindingsAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return keep(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
  }

  /**
   * Verifies that one of the findings names the value, and keeps those that do.
   *
   * @param name the value's name, such as {@code suspects}, not null
   * @param value the value as the finding gives it, such as {@code 547}, not null
   * @return the findings that give the value
   * @throws AssertionError if none does
   */
  public FindingsAssert withValue(String name, String value) {
    Objects.requireNonNull(value, "value");
    return keep(f -> value.equals(f.values().get(Objects.requireNonNull(name, "name"))),
        "with " + name + "=" + value);
  }

  /**
   * Verifies that one of the findings is certain (the figures cannot all be true), and keeps those that
   * are.
   *
   * @return the certain findings
   * @throws AssertionError if every one is undetermined
   */
  public FindingsAssert certain() {
    return keep(f -> !f.undetermined(), "certain");
  }

  /**
   * Verifies that one of the findings is undetermined (the figures may or may not agree), and keeps
   * those that are.
   *
   * @return the undetermined findings
   * @throws AssertionError if every one is certain
   */
  public FindingsAssert undetermined() {
    return keep(Finding::undetermined, "undetermined");
  }

  private FindingsAssert keep(Predicate<Finding> test, String condition) {
    List<Finding> kept = actual.stream().filter(test).collect(Collectors.toList());
    String more = what + " " + condition;
    if (kept.isEmpty()) {
      failWithMessage("Expected %s, but these are the candidates:%n%s%nin the report:%n%s", more,
          ReportAssert.lines(actual), report.render());
    }
    return new FindingsAssert(kept, more, report);
  }
}
