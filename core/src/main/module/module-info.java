/**
 * briefings-core: the figures of official investigation briefings as immutable, validated values;
 * money and dated conversion; validation against rules; series. No runtime dependencies.
 */
module io.github.briefings.core {
  exports io.github.briefings.model;
  exports io.github.briefings.money;
  exports io.github.briefings.validation;
  exports io.github.briefings.series;
  // helpers the format and the Jackson modules share; not API
  exports io.github.briefings.internal to io.github.briefings.format, io.github.briefings.jackson,
      io.github.briefings.jackson3;

  uses io.github.briefings.validation.RuleProvider;
  uses io.github.briefings.validation.SeriesRuleProvider;

  // Immutables generates the value classes at compile time; nothing of it is needed at run time
  requires static org.immutables.value;
}
