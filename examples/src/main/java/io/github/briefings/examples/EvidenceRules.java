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

  private static void check(Briefing briefing, io.github.briefings.validation.Findings findings) {
    for (int i = 0; i < briefing.detention().size(); i++) {
      DetentionStats d = briefing.detention().get(i);
      if (d.convicted().isPresent() && d.convictionEvidence().isEmpty()) {
        // Paths name the record the way the standard rules do: by scope key, or by index.
        findings.violated("detention" + Briefing.key(d.scope(), i) + ".convicted",
            d.convicted().get() + " convicted, but no kind of evidence is cited",
            Map.of("convicted", d.convicted().get().toString()));
      }
    }
  }
}
