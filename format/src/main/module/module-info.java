/**
 * briefings-format: the briefings JSON format defined once, and its JSON Schemas. Applications use
 * {@code io.github.briefings.format} (the option both Jackson modules take, the format's version and
 * schemas); the adapter package is for the two Jackson modules only.
 */
module io.github.briefings.format {
  requires transitive io.github.briefings.core;

  exports io.github.briefings.format;
  exports io.github.briefings.format.adapter to io.github.briefings.jackson, io.github.briefings.jackson3;

  // the schemas, read as resources by applications and tests
  opens io.github.briefings.format;
}
