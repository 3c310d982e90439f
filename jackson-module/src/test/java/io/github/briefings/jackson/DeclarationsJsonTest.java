package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.DeclarationsJsonSuite;

/** The conformance suite's {@link DeclarationsJsonSuite}, run against the Jackson 2 module. */
class DeclarationsJsonTest extends DeclarationsJsonSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
