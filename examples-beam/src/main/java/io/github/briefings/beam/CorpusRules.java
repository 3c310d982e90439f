package io.github.briefings.beam;

import io.github.briefings.validation.Rule;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.Validator;
import java.util.Map;

/** The corpus's rule of its own, and the factory of the validators the pipeline runs. */
public final class CorpusRules {
  /** Every briefing names a source: where its figures were published. */
  public static final Rule SOURCED = Rule.of("corpus.briefing-has-source", Severity.WARNING,
      "every briefing names a source: where its figures were published", (briefing, findings) -> {
        if (briefing.sources().isEmpty()) {
          findings.violated("sources", "the briefing names no source", Map.of("briefing", briefing.id()));
        }
      });

  private CorpusRules() {}

  /**
   * Returns the factory of the standard validator with {@link #SOURCED}: serializable, since it
   * builds the rules when called, on the worker.
   *
   * @return the factory, never null
   */
  public static ValidatorFactory standardAndSourced() {
    return () -> Validator.builder().addRule(SOURCED).build();
  }
}
