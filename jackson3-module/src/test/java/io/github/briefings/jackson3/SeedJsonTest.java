package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.SeedJsonSuite;

/** The conformance suite's {@link SeedJsonSuite}, run against the Jackson 3 module. */
class SeedJsonTest extends SeedJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
