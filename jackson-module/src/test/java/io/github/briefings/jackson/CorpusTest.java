package io.github.briefings.jackson;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.CorpusSuite;

/** The conformance suite's {@link CorpusSuite}, run against the Jackson 2 module. */
class CorpusTest extends CorpusSuite {
  @Override
  protected Binding binding() {
    return Jackson2.MODULE;
  }
}
