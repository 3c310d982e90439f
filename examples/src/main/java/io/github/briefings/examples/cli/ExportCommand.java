package io.github.briefings.examples.cli;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Tolerance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the figures of briefings in tidy long form, one row per stated figure, for spreadsheets,"
        + " pandas and R: briefing, date, asOf, investigation, section, measure, scope, unit, qualifier, value, low,"
        + " high, wording, speaker, source.",
        "low and high are the bounds the figure allows (high is empty for \"more than\"; \"about\" uses --tolerance)."
            + " Exit codes: 0 written, 2 an input cannot be read."})
final class ExportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { csv, jsonl }

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "briefing JSON files, or JSON Lines files (.jsonl)")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (the default; RFC 4180, UTF-8, CRLF line ends) or jsonl (an object per line)")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write; standard output by default")
  private Path output;

  @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "10",
      description = "how far an approximate figure (\"about 500\") may be from its value, for low and high"
          + " (default ${DEFAULT-VALUE})")
  private int tolerance;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<Briefing>> briefings = Inputs.briefings(files, err);
    if (briefings.isEmpty()) {
      return 2;
    }
    List<TidyRows.Row> rows;
    try {
      rows = TidyRows.of(briefings.get(), Tolerance.percent(tolerance));
    } catch (IllegalArgumentException e) {
      err.println("briefings: " + e.getMessage());
      return 2;
    }
    if (output == null) {
      write(spec.commandLine().getOut(), rows);
      return 0;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      write(out, rows);
    } catch (IOException e) {
      err.println(output + ": cannot be written: " + BriefingsCli.oneLine(e));
      return 2;
    }
    return 0;
  }

  private void write(Writer out, List<TidyRows.Row> rows) {
    if (format == Format.csv) {
      TidyRows.csv(out, rows);
    } else {
      TidyRows.jsonl(out, rows);
    }
  }
}
