package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of the fuzz tests' regression corpus ({@code format/src/test/resources/…/corpus}: the
 * seeds, and every input that once broke the reader's contract) holds the {@link Contract}.
 */
public abstract class CorpusSuite extends FormatSuite {
  /** The corpus, in the format module beside the module under test. */
  static final Path CORPUS = Path.of("../format/src/test/resources/io/github/briefings/format/corpus");

  static Stream<Path> briefings() throws IOException {
    return inputs("briefing");
  }

  static Stream<Path> anyTypes() throws IOException {
    return inputs("anyType");
  }

  private static Stream<Path> inputs(String test) throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve(test))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void everyBriefingInputHoldsTheContract(Path input) throws Exception {
    Contract.holds(binding(), Files.readAllBytes(input), io.github.briefings.model.Briefing.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anyTypes")
  void everyAnyTypeInputHoldsTheContract(Path input) throws Exception {
    Contract.holdsForAnyType(binding(), Files.readAllBytes(input));
  }

  @Test
  void theCorpusHasItsSeedsAndItsFindings() throws IOException {
    List<Path> briefings = briefings().toList();
    assertThat(briefings).hasSizeGreaterThanOrEqualTo(50)
        .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("kz-2022-04-11.json"));
    assertThat(anyTypes().count()).as("a seed for each type").isGreaterThanOrEqualTo(Contract.TYPES.size());
  }
}
