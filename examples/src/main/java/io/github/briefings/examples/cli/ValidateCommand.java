package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates briefings from JSON files, or JSON Lines files (.jsonl: one briefing per line), with"
        + " the standard rules and those the options add.",
        "With no file, validates the embedded briefing of 11 April 2022 against the embedded reference rates."})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats: tables for people, one JSON array, or one JSON object per line. */
  enum Format { text, json, jsonl }

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "briefing JSON files, or JSON Lines files (.jsonl)")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), json (one array of reports) or jsonl (one report per line, as each"
          + " briefing is read)")
  private Format format;

  @Mixin
  private PolicyOptions options;

  private PrintWriter out;
  private PrintWriter err;
  private Validator validator;
  private final ArrayNode json = Inputs.mapper().createArrayNode();
  private int printed;
  private boolean errors;
  private boolean unreadable;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    try {
      validator = options.choose().briefings();
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("briefings: " + e.getMessage());
      return 2;
    }
    if (files.isEmpty()) {
      report("(embedded)", OptionalInt.empty(), Embedded.briefing(Embedded.APRIL_11));
    }
    for (Path file : files) {
      if (isJsonLines(file)) {
        lines(file);
      } else {
        try {
          report(file.toString(), OptionalInt.empty(), Inputs.briefing(file));
        } catch (InputException e) {
          refused(file.toString(), OptionalInt.empty(), e.getMessage());
        }
      }
    }
    if (format == Format.json) {
      out.println(json.toPrettyString());
    }
    return unreadable ? 2 : errors ? 1 : 0;
  }

  static boolean isJsonLines(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** Reads a JSON Lines file a line at a time: a briefing per line, blank lines skipped. */
  private void lines(Path file) {
    if (!Files.isRegularFile(file)) {
      refused(file.toString(), OptionalInt.empty(), Files.isDirectory(file)
          ? file + ": is a directory, not a JSON Lines file" : file + ": no such file");
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      boolean any = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        any = true;
        try {
          report(file.toString(), OptionalInt.of(n), Inputs.briefing(line));
        } catch (InputException e) {
          refused(file.toString(), OptionalInt.of(n), file + ":" + n + ": " + e.getMessage());
        }
      }
      if (!any) {
        refused(file.toString(), OptionalInt.empty(), file + ": is empty: a JSON Lines file holds a briefing per line");
      }
    } catch (IOException e) {
      refused(file.toString(), OptionalInt.empty(), file + ": cannot be read: " + BriefingsCli.oneLine(e));
    }
  }

  private void report(String file, OptionalInt line, Briefing briefing) {
    ValidationReport report = validator.validate(briefing);
    errors |= report.hasErrors();
    if (format == Format.text) {
      if (printed++ > 0) {
        out.println();
      }
      Tables.header(out, briefing);
      out.println();
      Tables.findings(out, report);
      return;
    }
    ObjectNode node = format == Format.json ? json.addObject() : Inputs.mapper().createObjectNode();
    node.put("file", file);
    line.ifPresent(n -> node.put("line", n));
    node.put("briefing", briefing.id());
    node.set("report", Inputs.mapper().valueToTree(report));
    if (format == Format.jsonl) {
      out.println(node.toString());
    }
  }

  /** Says why an input was refused, on the error stream; in JSON Lines, also as a line of its own. */
  private void refused(String file, OptionalInt line, String message) {
    unreadable = true;
    err.println(message);
    if (format == Format.jsonl) {
      ObjectNode node = Inputs.mapper().createObjectNode();
      node.put("file", file);
      line.ifPresent(n -> node.put("line", n));
      node.put("error", message);
      out.println(node.toString());
    }
  }
}
