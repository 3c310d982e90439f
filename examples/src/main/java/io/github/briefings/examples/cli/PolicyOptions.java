package io.github.briefings.examples.cli;

import io.github.briefings.examples.BriefingGapRules;
import io.github.briefings.draft.SourceCheck;
import io.github.briefings.examples.EvidenceRules;
import io.github.briefings.model.Tolerance;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.RuleProvider;
import io.github.briefings.validation.SeriesRule;
import io.github.briefings.validation.SeriesRuleProvider;
import io.github.briefings.validation.SeriesValidator;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationPolicy;
import io.github.briefings.validation.Validator;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * The options that choose rules and set the policy, shared by {@code validate}, {@code series} and
 * {@code rules}: rules files and plugin jars, rules switched off or given another severity, the
 * tolerance of approximate figures, reference rates and how far back a rate may be taken.
 */
final class PolicyOptions {
  @Option(names = "--rates", paramLabel = "FILE.csv",
      description = "reference exchange rates (date,base,quote,rate[,source]); the embedded table by default")
  Path rates;

  @Option(names = "--rate-days", paramLabel = "N", defaultValue = "3",
      description = "check a stated equivalent against the latest rate at most N days before its date when that"
          + " date has none (default ${DEFAULT-VALUE}; 0: that date's rate only)")
  int rateDays;

  @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "10",
      description = "how far an approximate figure (\"about 500\") may be from its value (default ${DEFAULT-VALUE})")
  int tolerance;

  @Option(names = "--rules", paramLabel = "FILE.json",
      description = "a declarations file: measures and relations of your own, checked as rules (repeatable)")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--source", paramLabel = "FILE.txt",
      description = "a source text the figures' spans quote: check that each span of it still does (repeatable)")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--plugin", paramLabel = "JAR",
      description = "a jar of rules: the RuleProvider and SeriesRuleProvider services it lists (repeatable)")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "switch a rule off (repeatable)")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "give a rule's findings another severity: ERROR, WARNING or INFO (repeatable)")
  Map<String, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--example-rules",
      description = "also run the examples' own rules (" + EvidenceRules.CONVICTIONS_CITE_EVIDENCE + ", "
          + BriefingGapRules.AT_MOST_30_DAYS_APART + "), a demonstration")
  boolean exampleRules;

  /** The rules these options choose, and the policy they set. */
  record Chosen(Validator briefings, SeriesValidator series) {}

  /**
   * Builds the validators: the standard rules, rules found on the class path (but the examples' own
   * unless asked for), the plugins' and the rules files', with the overrides routed to whichever
   * validator has the rule.
   *
   * @throws InputException if a file cannot be read, a plugin holds no rules, or an override names no rule
   */
  Chosen choose() throws InputException {
    if (tolerance < 0 || tolerance > 100) {
      throw new InputException("--tolerance must be a percentage from 0 to 100: " + tolerance);
    }
    if (rateDays < 0) {
      throw new InputException("--rate-days must not be negative: " + rateDays);
    }
    ValidationPolicy policy = ValidationPolicy.defaults().withReferenceRates(Inputs.rates(rates))
        .withRateDatePolicy(rateDays == 0 ? DatePolicy.exactDate() : DatePolicy.latestWithin(rateDays))
        .withApproximation(Tolerance.percent(tolerance));
    List<Rule> own = new ArrayList<>();
    List<SeriesRule> ownSeries = new ArrayList<>();
    ClassLoader tool = PolicyOptions.class.getClassLoader();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, tool)) {
      if (!(p instanceof EvidenceRules) || exampleRules) {
        own.addAll(p.rules());
      }
    }
    if (exampleRules && own.stream().noneMatch(r -> r.id().equals(EvidenceRules.CONVICTIONS_CITE_EVIDENCE))) {
      own.addAll(new EvidenceRules().rules());
    }
    for (SeriesRuleProvider p : ServiceLoader.load(SeriesRuleProvider.class, tool)) {
      if (!(p instanceof BriefingGapRules) || exampleRules) {
        ownSeries.addAll(p.rules());
      }
    }
    for (Path jar : plugins) {
      plugin(jar, own, ownSeries);
    }
    for (Path file : rules) {
      own.addAll(Inputs.declarations(file).rules());
    }
    if (!sources.isEmpty()) {
      Map<String, byte[]> texts = new LinkedHashMap<>();
      for (Path file : sources) {
        texts.put(file.getFileName().toString(), DraftCommand.read(file).bytes());
      }
      own.add(SourceCheck.of(texts));
    }
    Validator.Builder briefings = Validator.builder().addRules(own).policy(policy);
    SeriesValidator.Builder series = SeriesValidator.builder().addRules(ownSeries).policy(policy);
    Set<String> briefingIds = ids(briefings.build().rules().stream().map(Rule::id).toList());
    Set<String> seriesIds = ids(series.build().rules().stream().map(SeriesRule::id).toList());
    for (String id : disabled) {
      known(id, briefingIds, seriesIds, "disable");
      if (briefingIds.contains(id)) {
        briefings.disable(id);
      } else {
        series.disable(id);
      }
    }
    for (Map.Entry<String, Severity> e : severities.entrySet()) {
      known(e.getKey(), briefingIds, seriesIds, "change the severity of");
      if (briefingIds.contains(e.getKey())) {
        briefings.severity(e.getKey(), e.getValue());
      } else {
        series.severity(e.getKey(), e.getValue());
      }
    }
    return new Chosen(briefings.build(), series.build());
  }

  private static Set<String> ids(List<String> ids) {
    return new TreeSet<>(ids);
  }

  private static void known(String id, Set<String> briefingIds, Set<String> seriesIds, String what)
      throws InputException {
    if (!briefingIds.contains(id) && !seriesIds.contains(id)) {
      throw new InputException("cannot " + what + " " + id + ": no rule has that id (see 'briefings rules')");
    }
  }

  /** Adds the rules a plugin jar lists as its services, and none of the tool's own. */
  private static void plugin(Path jar, List<Rule> own, List<SeriesRule> ownSeries) throws InputException {
    if (!Files.isRegularFile(jar)) {
      throw new InputException(jar + ": no such file");
    }
    URLClassLoader loader;
    try {
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PolicyOptions.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new InputException(jar + ": not a jar: " + e.getMessage());
    }
    int before = own.size() + ownSeries.size();
    try {
      ServiceLoader.load(RuleProvider.class, loader).stream()
          .filter(p -> p.type().getClassLoader() == loader).forEach(p -> own.addAll(p.get().rules()));
      ServiceLoader.load(SeriesRuleProvider.class, loader).stream()
          .filter(p -> p.type().getClassLoader() == loader).forEach(p -> ownSeries.addAll(p.get().rules()));
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new InputException(jar + ": its rules cannot be loaded: " + BriefingsCli.oneLine(e));
    }
    if (own.size() + ownSeries.size() == before) {
      throw new InputException(jar + ": lists no rules (META-INF/services/" + RuleProvider.class.getName()
          + " or " + SeriesRuleProvider.class.getName() + ")");
    }
  }
}
