/**
 * briefings-jackson: the Jackson 2 module of the briefings JSON format, found by
 * {@code ObjectMapper.findAndRegisterModules()} on the module path too.
 */
module io.github.briefings.jackson {
  requires transitive io.github.briefings.core;
  requires transitive io.github.briefings.format;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.briefings.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.briefings.jackson.BriefingsModule;
}
