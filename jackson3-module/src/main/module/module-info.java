/**
 * briefings-jackson3: the Jackson 3 module of the briefings JSON format, found by
 * {@code MapperBuilder.findAndAddModules()} on the module path too.
 */
module io.github.briefings.jackson3 {
  requires transitive io.github.briefings.core;
  requires transitive io.github.briefings.format;
  requires transitive tools.jackson.databind;

  exports io.github.briefings.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.briefings.jackson3.BriefingsModule;
}
