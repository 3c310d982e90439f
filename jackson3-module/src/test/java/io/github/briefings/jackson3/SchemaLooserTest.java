package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.SchemaLooserSuite;

/** The conformance suite's {@link SchemaLooserSuite}, run against the Jackson 3 module. */
class SchemaLooserTest extends SchemaLooserSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
