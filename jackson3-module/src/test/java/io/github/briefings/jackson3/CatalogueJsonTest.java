package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.CatalogueJsonSuite;

/** The conformance suite's {@link CatalogueJsonSuite}, run against the Jackson 3 module. */
class CatalogueJsonTest extends CatalogueJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
