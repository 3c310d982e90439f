package io.github.briefings.examples;

import io.github.briefings.model.Briefing;
import io.github.briefings.validation.SeriesRule;
import io.github.briefings.validation.SeriesRuleProvider;
import io.github.briefings.validation.Severity;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A series rule of our own, contributed through {@code META-INF/services} like {@link EvidenceRules}:
 * a monitor wants to know when an investigation went quiet.
 *
 * <p>The rule: two briefings in a row are at most 30 days apart; a longer silence is reported (INFO).
 */
public final class BriefingGapRules implements SeriesRuleProvider {
  /** The id of the rule. */
  public static final String AT_MOST_30_DAYS_APART = "examples.briefings-at-most-30-days-apart";

  @Override
  public List<SeriesRule> rules() {
    return List.of(SeriesRule.of(AT_MOST_30_DAYS_APART, Severity.INFO,
        "two briefings in a row are at most 30 days apart", (series, findings) -> {
          List<Briefing> briefings = series.briefings();
          for (int i = 1; i < briefings.size(); i++) {
            Briefing before = briefings.get(i - 1);
            Briefing after = briefings.get(i);
            long days = ChronoUnit.DAYS.between(before.date(), after.date());
            if (days > 30) {
              Map<String, String> values = new LinkedHashMap<>();
              values.put("earlier", before.id());
              values.put("later", after.id());
              values.put("days", Long.toString(days));
              findings.violated(after.id(), "no briefing for " + days + " days, from " + before.date() + " ("
                  + before.id() + ") to " + after.date() + " (" + after.id() + ")", values);
            }
          }
        }));
  }
}
