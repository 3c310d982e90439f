package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.TypesSuite;

/** The conformance suite's {@link TypesSuite}, run against the Jackson 2 module. */
class TypesTest extends TypesSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
