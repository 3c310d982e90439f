package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.RoundTripSuite;

/** The conformance suite's {@link RoundTripSuite}, run against the Jackson 3 module. */
class RoundTripProperties extends RoundTripSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
