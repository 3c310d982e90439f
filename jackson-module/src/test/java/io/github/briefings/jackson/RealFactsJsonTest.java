package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.RealFactsJsonSuite;

/** The conformance suite's {@link RealFactsJsonSuite}, run against the Jackson 2 module. */
class RealFactsJsonTest extends RealFactsJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
