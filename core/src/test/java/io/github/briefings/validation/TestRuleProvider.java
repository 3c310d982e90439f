package io.github.briefings.validation;

import java.util.List;
import java.util.Map;

/** A rule provider listed in this module's test {@code META-INF/services}, found by ServiceLoader. */
public final class TestRuleProvider implements RuleProvider {
  static final String RULE_ID = "test.provisional-briefing";

  @Override
  public List<Rule> rules() {
    return List.of(Rule.of(RULE_ID, Severity.INFO, "notes provisional briefings", (b, f) -> {
      if (b.provisional()) {
        f.violated("provisional", "the briefing is provisional", Map.of());
      }
    }));
  }
}
