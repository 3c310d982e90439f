package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.briefings.validation.Finding;
import java.util.Arrays;
import java.util.List;

/**
 * The reader's contract on any input: an accepted input is one JSON value, validates without throwing
 * and round-trips to an equal value, written again byte for byte; a refused one is the module's
 * refusal, whose message starts with a JSON path; nothing else ever escapes. The fuzz tests hold the
 * Jackson 2 module to it; {@link CorpusSuite} holds either module to it on every input that once
 * broke it.
 */
public final class Contract {
  private Contract() {}

  /** Plain Jackson, strict about the document: what the reader accepts must be one JSON value here too. */
  private static final ObjectMapper PLAIN = new ObjectMapper(JsonFactory.builder().build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Validator VALIDATOR = Validator.standard();

  /** Every type the modules read; the first byte of an {@code anyType} input picks one. */
  public static final List<Class<?>> TYPES = List.of(Briefing.class, Count.class, Speaker.class, Source.class,
      Statement.class, Investigation.class, Scope.class, DetentionStats.class, CriminalCases.class,
      OrganizedCrime.class, WeaponSeizure.class, ArsenalLoss.class, PropertyRecovery.class, OfficialCase.class,
      StatedDate.class, CaseCategory.class, WeaponType.class, SentenceKind.class, EvidenceKind.class,
      Money.class, ExchangeRate.class, Conversion.class, Finding.class, ValidationReport.class,
      BriefingSeries.class, Casualties.class, Damage.class, StatedAmount.class, OwnMeasure.class, OwnFigure.class,
      Relation.class, Declarations.class);

  /** Holds an {@code anyType} input to the contract: its first byte picks the type, the rest is the document. */
  public static void holdsForAnyType(Binding binding, byte[] input) throws Exception {
    if (input.length == 0) {
      holds(binding, input, Briefing.class);
    } else {
      holds(binding, Arrays.copyOfRange(input, 1, input.length),
          TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size()));
    }
  }

  /** Holds one document of a type to the contract. */
  public static <T> void holds(Binding binding, byte[] json, Class<T> type) throws Exception {
    T value;
    try {
      value = binding.readDocument(json, type);
    } catch (Exception | Error e) { // NOPMD: the contract is about what escapes
      assertThat(binding.refusal(e)).as("only the module's refusal escapes, not %s", e).isPresent();
      assertThat(binding.refusal(e).get().message()).startsWith("at $").hasSizeLessThan(2_000);
      return;
    }
    assertThat(value).isNotNull();
    Throwable notJson = catchThrowable(() -> PLAIN.readTree(json));
    assertThat(notJson).as("an accepted input is one JSON value").isNull();
    JsonNode document = PLAIN.readTree(json);
    assertThat(document.isMissingNode() || document.isNull()).as("an accepted input is one JSON value, not null")
        .isFalse();
    if (value instanceof Briefing briefing) {
      assertThat(VALIDATOR.validate(briefing)).isNotNull();
    }
    if (value instanceof BriefingSeries series) {
      assertThat(series.check()).isNotNull();
    }
    byte[] written = binding.writeCompact(value);
    assertThat(binding.readDocument(written, type)).isEqualTo(value);
    assertThat(binding.writeCompact(binding.read(written, type))).isEqualTo(written);
  }
}
