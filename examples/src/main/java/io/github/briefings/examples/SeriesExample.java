package io.github.briefings.examples;

import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.ValidationReport;
import java.io.PrintStream;
import java.util.List;

/**
 * Example: the briefings of 11 and 25 April 2022 as a series: what changed, figure by figure, and
 * whether any running total fell.
 */
public final class SeriesExample {
  private SeriesExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    BriefingSeries series = BriefingSeries.of(List.of(
        Embedded.briefing(Embedded.APRIL_11), Embedded.briefing(Embedded.APRIL_25)));

    // A measure is a figure in one scope and one unit: "377 persons brought to trial" and "265 cases
    // sent to court" are different measures, and so are 269 mass-riot suspects and 585 suspects in
    // custody. Figures of different measures are never compared.
    for (BriefingDiff diff : series.diffs()) {
      out.print(diff.render());
    }

    // Running totals (convictions, weapons seized) should not fall; stocks (people in custody) may.
    ValidationReport findings = series.check();
    out.print(findings.render());
  }
}
