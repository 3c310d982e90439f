package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.BadInputSuite;

/** The conformance suite's {@link BadInputSuite}, run against the Jackson 3 module. */
class BadInputTest extends BadInputSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
