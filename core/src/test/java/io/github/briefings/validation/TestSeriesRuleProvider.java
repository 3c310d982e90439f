package io.github.briefings.validation;

import java.util.List;
import java.util.Map;

/** A series rule provider listed in this module's test {@code META-INF/services}, found by ServiceLoader. */
public final class TestSeriesRuleProvider implements SeriesRuleProvider {
  static final String RULE_ID = "test.one-briefing-series";

  @Override
  public List<SeriesRule> rules() {
    return List.of(SeriesRule.of(RULE_ID, Severity.INFO, "notes a series of one briefing", (s, f) -> {
      if (s.briefings().size() == 1) {
        f.violated("series", "the series holds one briefing", Map.of());
      }
    }));
  }
}
