package io.github.briefings.examples;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.RuleProvider;
import io.github.briefings.validation.Severity;
import java.util.List;
import java.util.Map;

/**
 * A custom validator: a rule of our own, contributed through {@code META-INF/services} so that any
 * validator built with {@code addDiscoveredRules} runs it, with no change to the code that validates.
 *
 * <p>The rule: every conviction figure must cite at least one kind of evidence.
 */
public final class EvidenceRules implements RuleProvider {
  /** The id of the rule. */
  public static final String CONVICTIONS_CITE_EVIDENCE = "examples.convictions-cite-evidence";

  @Override
  public List<Rule> rules() {
    return List.of(Rule.of(CONVICTIONS_CITE_EVIDENCE, Severity.WARNING,
        "every conviction figure cites at least one kind of evidence", EvidenceRules::check));
  }

  private static void check(Briefing briefing, io.github.briefings.validation.RuleContext findings) {
    for (DetentionStats d : briefing.detention()) {
      if (d.convicted().isPresent() && d.convictionEvidence().isEmpty()) {
        // the section names the figure the way every finding, diff and series does
        findings.violated(DetentionStats.SECTION.path(d, DetentionStats.CONVICTED),
            d.convicted().get() + " convicted, but no kind of evidence is cited",
            Map.of(DetentionStats.CONVICTED.name(), d.convicted().get().toString()));
      }
    }
  }
}
