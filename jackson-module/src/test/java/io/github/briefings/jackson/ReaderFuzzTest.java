package io.github.briefings.jackson;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.briefings.format.suite.Contract;
import io.github.briefings.model.Briefing;

/**
 * Fuzzes the JSON reader with Jazzer, holding it to its {@link Contract}: an accepted input validates
 * without throwing and round-trips to an equal value; a refused one throws a
 * {@code MismatchedInputException} whose message starts with a JSON path; nothing else ever escapes.
 *
 * <p>In {@code mvn verify} each fuzz test runs its regression inputs (the corpus in
 * {@code format/src/test/resources/io/github/briefings/format/corpus/}, copied where Jazzer looks for
 * them: every input that once broke the contract, which the conformance suite also replays against
 * both modules), and the {@code fuzz} executions fuzz each for a few seconds. To fuzz for as long as
 * you like, see the README ("Fuzzing").
 */
class ReaderFuzzTest {
  /** Bytes as a briefing document. */
  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = "briefing.dict")
  void briefing(byte[] input) throws Exception {
    Contract.holds(Jackson2.MODULE, input, Briefing.class);
  }

  /** The first byte picks one of {@link Contract#TYPES}; the rest is a document of that type. */
  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = "briefing.dict")
  void anyType(byte[] input) throws Exception {
    Contract.holdsForAnyType(Jackson2.MODULE, input);
  }
}
