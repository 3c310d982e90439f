package io.github.briefings.jackson3;

import io.github.briefings.format.suite.Binding;
import io.github.briefings.format.suite.CorpusSuite;

/** The conformance suite's {@link CorpusSuite}, run against the Jackson 3 module. */
class CorpusTest extends CorpusSuite {
  @Override
  protected Binding binding() {
    return Jackson3.MODULE;
  }
}
