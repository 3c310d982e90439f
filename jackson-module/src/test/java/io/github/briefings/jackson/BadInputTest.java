package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.BadInputSuite;

/** The conformance suite's {@link BadInputSuite}, run against the Jackson 2 module. */
class BadInputTest extends BadInputSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
