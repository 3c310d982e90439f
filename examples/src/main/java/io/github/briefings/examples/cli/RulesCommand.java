package io.github.briefings.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.SeriesRule;
import io.github.briefings.validation.SeriesValidator;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists the rules that validate and series run, as the options choose them: the standard rules,"
        + " rules on the class path and in plugins, and the relations of declarations files, each with its id,"
        + " severity and description."})
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** The output formats: a table, the rules as JSON, or the relations among them as a declarations file. */
  enum Format { text, json, declarations }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), json, or declarations: the rules that are plain relations (the standard "
          + "ones and those of the --rules files) as one declarations file")
  private Format format;

  @Mixin
  private PolicyOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Validator validator;
    SeriesValidator series;
    try {
      PolicyOptions.Chosen chosen = options.choose();
      validator = chosen.briefings();
      series = chosen.series();
    } catch (InputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("briefings: " + e.getMessage());
      return 2;
    }
    if (format == Format.declarations) {
      try {
        List<Relation> relations = new ArrayList<>(StandardRules.relations());
        List<OwnMeasure> measures = new ArrayList<>();
        for (Path file : options.rules) {
          Declarations d = Inputs.declarations(file);
          relations.addAll(d.relations());
          measures.addAll(d.measures());
        }
        out.println(Inputs.mapper().writeValueAsString(Declarations.of(measures, relations)));
      } catch (InputException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 2;
      } catch (JsonProcessingException e) {
        spec.commandLine().getErr().println("briefings: " + e.getOriginalMessage());
        return 2;
      }
      return 0;
    }
    if (format == Format.json) {
      ArrayNode json = Inputs.mapper().createArrayNode();
      for (Rule rule : validator.rules()) {
        ObjectNode node = json.addObject();
        node.put("id", rule.id());
        node.put("of", "briefing");
        node.put("severity", validator.severity(rule.id()).name());
        node.put("description", rule.description());
      }
      for (SeriesRule rule : series.rules()) {
        ObjectNode node = json.addObject();
        node.put("id", rule.id());
        node.put("of", "series");
        node.put("severity", series.severity(rule.id()).name());
        node.put("description", rule.description());
      }
      out.println(json.toPrettyString());
    } else {
      for (Rule rule : validator.rules()) {
        out.printf("%-55s %-7s %s%n", rule.id(), validator.severity(rule.id()), rule.description());
      }
      for (SeriesRule rule : series.rules()) {
        out.printf("%-55s %-7s %s%n", rule.id(), series.severity(rule.id()), "(series) " + rule.description());
      }
    }
    return 0;
  }
}
