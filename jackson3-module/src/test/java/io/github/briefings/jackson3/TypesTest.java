package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.TypesSuite;

/** The conformance suite's {@link TypesSuite}, run against the Jackson 3 module. */
class TypesTest extends TypesSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
