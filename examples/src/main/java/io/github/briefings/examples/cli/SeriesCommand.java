package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
    description = "Reads briefings of one investigation as a series: prints what changed from each briefing"
        + " to the next, and the findings of the series rules.")
final class SeriesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "briefing JSON files, in any order")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json: the diffs, the series' findings and each briefing's report as JSON")
  private ValidateCommand.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Briefing> briefings = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        briefings.add(Inputs.briefing(file));
      } catch (InputException e) {
        err.println(e.getMessage());
        unreadable = true;
      }
    }
    if (unreadable) {
      return 2;
    }
    BriefingSeries series;
    try {
      series = BriefingSeries.of(briefings);
    } catch (IllegalArgumentException e) {
      err.println("these briefings do not form a series: " + e.getMessage());
      return 2;
    }
    Validator validator;
    try {
      validator = ValidateCommand.validator(null, List.of());
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (format == ValidateCommand.Format.json) {
      return json(out, series, validator);
    }
    int n = series.briefings().size();
    out.println("Series of " + n + (n == 1 ? " briefing" : " briefings") + " on " + series.investigation().title());
    for (BriefingDiff diff : series.diffs()) {
      out.println();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"STATUS", "MEASURE", "UNIT", diff.earlier().date().toString(),
          diff.later().date().toString(), "CHANGE"});
      diff.changes().forEach(c -> rows.add(new String[] {c.status().name(), c.measure().path(), c.measure().unit().name(),
          c.earlier().map(Object::toString).orElse("—"), c.later().map(Object::toString).orElse("—"),
          c.change().isPresent() ? String.format("%+d", c.change().getAsLong()) : ""}));
      out.println(diff.earlier().id() + " → " + diff.later().id());
      Tables.print(out, rows);
    }
    out.println();
    ValidationReport findings = series.check();
    Tables.findings(out, findings);
    // each briefing is validated too: an ERROR in one of them fails the series run
    boolean errors = findings.hasErrors();
    for (Briefing b : series.briefings()) {
      ValidationReport report = validator.validate(b);
      if (report.hasErrors()) {
        errors = true;
        int count = report.count(Severity.ERROR);
        out.println(b.id() + ": " + count + (count == 1 ? " error" : " errors") + " (validate it for the findings)");
      }
    }
    return errors ? 1 : 0;
  }

  /** Prints {@code {"investigation", "diffs": [diff…], "findings": report, "briefings": [{"id", "report"}]}}. */
  private static int json(PrintWriter out, BriefingSeries series, Validator validator) {
    ObjectNode root = Inputs.mapper().createObjectNode();
    root.put("investigation", series.investigation().id());
    ArrayNode diffs = root.putArray("diffs");
    series.diffs().forEach(d -> diffs.add(Inputs.mapper().valueToTree(d)));
    ValidationReport findings = series.check();
    root.set("findings", Inputs.mapper().valueToTree(findings));
    ArrayNode briefings = root.putArray("briefings");
    boolean errors = findings.hasErrors();
    for (Briefing b : series.briefings()) {
      ValidationReport report = validator.validate(b);
      errors |= report.hasErrors();
      ObjectNode node = briefings.addObject();
      node.put("id", b.id());
      node.set("report", Inputs.mapper().valueToTree(report));
    }
    out.println(root.toPrettyString());
    return errors ? 1 : 0;
  }
}
