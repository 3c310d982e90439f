package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.RealFactsJsonSuite;

/** The conformance suite's {@link RealFactsJsonSuite}, run against the Jackson 3 module. */
class RealFactsJsonTest extends RealFactsJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
