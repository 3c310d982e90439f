package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.MeasureChange;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
    description = "Reads briefings of one investigation as a series: prints what the series rules find, each"
        + " briefing's errors, and what changed from each briefing to the next.")
final class SeriesCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "briefing JSON files, in any order")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json: the findings, each briefing's report and the diffs as JSON")
  private Format format;

  @Option(names = "--all", description = "list every measure of every pair of briefings, also those stated on one side only")
  private boolean all;

  @Mixin
  private PolicyOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Analysis> read = Analysis.read(files, options, err);
    if (read.isEmpty()) {
      return 2;
    }
    Analysis analysis = read.get();
    BriefingSeries series = analysis.series;
    ValidationReport findings = analysis.findings;
    // each briefing is validated too: an ERROR in one of them fails the series run
    Map<Briefing, ValidationReport> reports = analysis.reports;
    if (format == Format.json) {
      json(out, series, findings, reports);
    } else {
      text(out, series, findings, reports);
    }
    return analysis.hasErrors() ? 1 : 0;
  }

  /** What was found first, then what changed: changed measures, and a count of those on one side only. */
  private void text(PrintWriter out, BriefingSeries series, ValidationReport findings,
      Map<Briefing, ValidationReport> reports) {
    int n = series.briefings().size();
    out.println("Series of " + n + (n == 1 ? " briefing" : " briefings") + " on " + series.investigation().title()
        + ", " + series.briefings().get(0).date() + (n == 1 ? "" : " to " + series.briefings().get(n - 1).date()));
    out.println();
    Tables.findings(out, findings);
    reports.forEach((b, report) -> {
      if (report.hasErrors()) {
        int count = report.count(Severity.ERROR);
        out.println(b.id() + ": " + count + (count == 1 ? " error" : " errors") + " (validate it for the findings)");
      }
    });
    for (BriefingDiff diff : series.diffs()) {
      out.println();
      out.println(diff.earlier().id() + " (" + diff.earlier().date() + ") → " + diff.later().id() + " ("
          + diff.later().date() + ")");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"STATUS", "MEASURE", "UNIT", diff.earlier().date().toString(),
          diff.later().date().toString(), "CHANGE"});
      int earlierOnly = 0;
      int laterOnly = 0;
      for (MeasureChange c : diff.changes()) {
        boolean oneSide = c.status() == MeasureChange.Status.EARLIER_ONLY || c.status() == MeasureChange.Status.LATER_ONLY;
        if (c.status() == MeasureChange.Status.EARLIER_ONLY) {
          earlierOnly++;
        } else if (c.status() == MeasureChange.Status.LATER_ONLY) {
          laterOnly++;
        }
        if (all || !oneSide && c.status() != MeasureChange.Status.UNCHANGED) {
          rows.add(new String[] {c.status().name(), c.measure().path(), c.measure().unit().name(),
              c.earlier().map(Object::toString).orElse("—"), c.later().map(Object::toString).orElse("—"),
              c.change().isPresent() ? String.format("%+d", c.change().getAsLong()) : ""});
        }
      }
      if (rows.size() == 1) {
        out.println("No measure stated in both changed.");
      } else {
        Tables.print(out, rows);
      }
      if (!all && earlierOnly + laterOnly > 0) {
        out.println(earlierOnly + " stated only in " + diff.earlier().id() + ", " + laterOnly + " only in "
            + diff.later().id() + " (--all lists them)");
      }
    }
  }

  /** Prints {@code {"investigation", "findings": report, "briefings": [{"id", "report"}], "diffs": [diff…]}}. */
  private static void json(PrintWriter out, BriefingSeries series, ValidationReport findings,
      Map<Briefing, ValidationReport> reports) {
    ObjectNode root = Inputs.mapper().createObjectNode();
    root.put("investigation", series.investigation().id());
    root.set("findings", Inputs.mapper().valueToTree(findings));
    ArrayNode briefings = root.putArray("briefings");
    reports.forEach((b, report) -> {
      ObjectNode node = briefings.addObject();
      node.put("id", b.id());
      node.set("report", Inputs.mapper().valueToTree(report));
    });
    ArrayNode diffs = root.putArray("diffs");
    series.diffs().forEach(d -> diffs.add(Inputs.mapper().valueToTree(d)));
    out.println(root.toPrettyString());
  }
}
