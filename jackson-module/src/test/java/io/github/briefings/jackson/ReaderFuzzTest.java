package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.EvidenceKind;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Scope;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Source;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Statement;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import io.github.briefings.validation.Violation;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the JSON reader with Jazzer, holding it to its contract: an accepted input validates without
 * throwing and round-trips to an equal value; a refused one throws a {@link MismatchedInputException}
 * whose message starts with a JSON path; nothing else ever escapes.
 *
 * <p>In {@code mvn verify} each fuzz test runs its regression inputs (under
 * {@code src/test/resources/io/github/briefings/jackson/ReaderFuzzTestInputs/}: every input that once
 * broke the contract), and the {@code short-fuzz} executions fuzz each for a few seconds. To fuzz for
 * as long as you like, see the README ("Fuzzing").
 */
class ReaderFuzzTest {
  /** The mapper a careful application uses; the contract holds for Jackson's defaults too (see below). */
  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
      .registerModule(new BriefingsModule());
  /** Plain Jackson, strict about the document: what the reader accepts must be one JSON value here too. */
  private static final ObjectMapper PLAIN = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Validator VALIDATOR = Validator.standard();

  /** Every type the module reads. */
  static final List<Class<?>> TYPES = List.of(Briefing.class, Count.class, Speaker.class, Source.class,
      Statement.class, Investigation.class, Scope.class, DetentionStats.class, CriminalCases.class,
      OrganizedCrime.class, WeaponSeizure.class, ArsenalLoss.class, PropertyRecovery.class, OfficialCase.class,
      StatedDate.class, CaseCategory.class, WeaponType.class, SentenceKind.class, EvidenceKind.class,
      Money.class, ExchangeRate.class, Conversion.class, Violation.class, ValidationReport.class,
      BriefingSeries.class, Casualties.class, Damage.class, StatedAmount.class, OwnMeasure.class, OwnFigure.class,
      Relation.class, Declarations.class);

  /** Bytes as a briefing document. */
  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = "briefing.dict")
  void briefing(byte[] input) throws Exception {
    holdsTheContract(input, Briefing.class);
  }

  /** The first byte picks one of {@link #TYPES}; the rest is a document of that type. */
  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = "briefing.dict")
  void anyType(byte[] input) throws Exception {
    if (input.length == 0) {
      holdsTheContract(input, Briefing.class);
    } else {
      holdsTheContract(Arrays.copyOfRange(input, 1, input.length), TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size()));
    }
  }

  static <T> void holdsTheContract(byte[] json, Class<T> type) throws Exception {
    T value;
    try {
      value = JsonDocuments.read(MAPPER, json, type);
    } catch (MismatchedInputException refused) {
      assertThat(refused.getOriginalMessage()).startsWith("at $").hasSizeLessThan(2_000);
      return;
    }
    assertThat(value).isNotNull();
    JsonNode document = PLAIN.readTree(json);
    assertThat(document.isMissingNode() || document.isNull()).as("an accepted input is one JSON value, not null")
        .isFalse();
    if (value instanceof Briefing) {
      assertThat(VALIDATOR.validate((Briefing) value)).isNotNull();
    }
    if (value instanceof BriefingSeries) {
      assertThat(((BriefingSeries) value).check()).isNotNull();
    }
    byte[] written = MAPPER.writeValueAsBytes(value);
    assertThat(JsonDocuments.read(MAPPER, written, type)).isEqualTo(value);
    assertThat(MAPPER.writeValueAsBytes(MAPPER.readValue(written, type))).isEqualTo(written);
  }
}
