package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.RoundTripSuite;

/** The conformance suite's {@link RoundTripSuite}, run against the Jackson 2 module. */
class RoundTripProperties extends RoundTripSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
