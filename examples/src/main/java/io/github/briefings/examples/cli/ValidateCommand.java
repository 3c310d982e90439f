package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.ValidationPolicy;
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

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates briefings from JSON files with the standard rules and any rules found on the class path.",
        "With no file, validates the embedded briefing of 11 April 2022 against the embedded reference rates."})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "briefing JSON files")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json: the reports as JSON")
  private Format format;

  @Option(names = "--rates", paramLabel = "FILE.csv",
      description = "reference exchange rates (date,base,quote,rate[,source]); the embedded table by default")
  private Path rates;

  @Option(names = "--rules", paramLabel = "FILE.json",
      description = "a declarations file: measures and relations of your own, checked as rules (repeatable)")
  private List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Validator validator;
    try {
      validator = validator(rates, rules);
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("briefings: " + e.getMessage());
      return 2;
    }
    int exit = 0;
    boolean unreadable = false;
    ArrayNode json = Inputs.mapper().createArrayNode();
    List<String> names = new ArrayList<>();
    List<Briefing> briefings = new ArrayList<>();
    if (files.isEmpty()) {
      names.add("(embedded)");
      briefings.add(Embedded.briefing(Embedded.APRIL_11));
    }
    for (Path file : files) {
      try {
        briefings.add(Inputs.briefing(file));
        names.add(file.toString());
      } catch (InputException e) {
        err.println(e.getMessage());
        unreadable = true;
      }
    }
    for (int i = 0; i < briefings.size(); i++) {
      Briefing briefing = briefings.get(i);
      ValidationReport report = validator.validate(briefing);
      if (report.hasErrors()) {
        exit = 1;
      }
      if (format == Format.json) {
        ObjectNode node = json.addObject();
        node.put("file", names.get(i));
        node.put("briefing", briefing.id());
        node.set("report", Inputs.mapper().valueToTree(report));
      } else {
        if (i > 0) {
          out.println();
        }
        Tables.header(out, briefing);
        out.println();
        Tables.findings(out, report);
      }
    }
    if (format == Format.json) {
      out.println(json.toPrettyString());
    }
    return unreadable ? 2 : exit;
  }

  /**
   * The validator of the tool: the standard rules, rules on the class path and the relations of the
   * declarations files, with the reference rates.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  static Validator validator(Path rates, List<Path> rules) throws InputException {
    Validator.Builder b = Validator.builder().addDiscoveredRules(ValidateCommand.class.getClassLoader())
        .policy(ValidationPolicy.defaults().withReferenceRates(Inputs.rates(rates)));
    for (Path file : rules) {
      b.addRules(Inputs.declarations(file).rules());
    }
    return b.build();
  }
}
