package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.DeclarationsJsonSuite;

/** The conformance suite's {@link DeclarationsJsonSuite}, run against the Jackson 3 module. */
class DeclarationsJsonTest extends DeclarationsJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
