package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.CatalogueJsonSuite;

/** The conformance suite's {@link CatalogueJsonSuite}, run against the Jackson 2 module. */
class CatalogueJsonTest extends CatalogueJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
