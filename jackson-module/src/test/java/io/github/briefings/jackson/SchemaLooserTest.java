package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.SchemaLooserSuite;

/** The conformance suite's {@link SchemaLooserSuite}, run against the Jackson 2 module. */
class SchemaLooserTest extends SchemaLooserSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
