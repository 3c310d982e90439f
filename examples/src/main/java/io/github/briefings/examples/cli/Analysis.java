package io.github.briefings.examples.cli;

import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Briefings read from files as one series, with what the series rules find and each briefing's own
 * report: what {@code series} prints and {@code report} draws.
 */
final class Analysis {
  final BriefingSeries series;
  final ValidationReport findings;
  final Map<Briefing, ValidationReport> reports;

  private Analysis(BriefingSeries series, ValidationReport findings, Map<Briefing, ValidationReport> reports) {
    this.series = series;
    this.findings = findings;
    this.reports = Collections.unmodifiableMap(reports);
  }

  /**
   * Reads the files and validates them with the chosen rules; prints every problem to {@code err} and
   * returns nothing when a file cannot be read, the briefings are not one series, or the options are wrong.
   */
  static Optional<Analysis> read(List<Path> files, PolicyOptions options, PrintWriter err) {
    Optional<List<Briefing>> briefings = Inputs.briefings(files, err);
    if (briefings.isEmpty()) {
      return Optional.empty();
    }
    BriefingSeries series;
    PolicyOptions.Chosen rules;
    try {
      series = BriefingSeries.of(briefings.get());
    } catch (IllegalArgumentException e) {
      err.println("these briefings do not form a series: " + e.getMessage());
      return Optional.empty();
    }
    try {
      rules = options.choose();
    } catch (InputException e) {
      err.println(e.getMessage());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      err.println("briefings: " + e.getMessage());
      return Optional.empty();
    }
    Map<Briefing, ValidationReport> reports = new LinkedHashMap<>();
    series.briefings().forEach(b -> reports.put(b, rules.briefings().validate(b)));
    return Optional.of(new Analysis(series, rules.series().validate(series), reports));
  }

  /** Whether the series rules or any briefing's validation found an ERROR. */
  boolean hasErrors() {
    return findings.hasErrors() || reports.values().stream().anyMatch(ValidationReport::hasErrors);
  }
}
