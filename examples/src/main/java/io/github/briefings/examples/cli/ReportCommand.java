package io.github.briefings.examples.cli;

import io.github.briefings.model.Tolerance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a series of briefings as one self-contained HTML page: a summary, every finding, and for"
        + " each measure a chart over time with the findings marked, and the table of its figures. The page needs"
        + " nothing but itself: open it from disk, print it, send it.",
        "Exit codes: 0 written and nothing wrong, 1 written and validation found an ERROR, 2 an input cannot be read."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "briefing JSON files of one investigation, or JSON Lines files (.jsonl), in any order")
  private List<Path> files = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", required = true, description = "where to write the page")
  private Path output;

  @Mixin
  private PolicyOptions options;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Analysis> read = Analysis.read(files, options, err);
    if (read.isEmpty()) {
      return 2;
    }
    Analysis analysis = read.get();
    try {
      Files.writeString(output, HtmlReport.render(analysis, Tolerance.percent(options.tolerance)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(output + ": cannot be written: " + BriefingsCli.oneLine(e));
      return 2;
    }
    spec.commandLine().getOut().println("wrote " + output + ": " + analysis.series.briefings().size() + " briefings, "
        + analysis.series.observations().size() + " measures");
    return analysis.hasErrors() ? 1 : 0;
  }
}
