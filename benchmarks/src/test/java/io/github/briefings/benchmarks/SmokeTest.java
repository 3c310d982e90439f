package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.draft.Draft;
import io.github.briefings.draft.Drafter;
import io.github.briefings.draft.Lexicon;
import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each benchmark's both sides once and checks they give the same answer: the benchmarks compare
 * like with like. Timing is never asserted here; JMH measures it ({@code README.md}).
 */
class SmokeTest {
  private static Comparisons c;

  @BeforeAll
  static void fixtures() {
    c = new Comparisons();
  }

  @AfterAll
  static void close() {
    c.close();
  }

  /** Every figure of the seed, summed: what the module reads, and what the records read. */
  @Test
  void theModuleAndThePlainRecordsReadTheSameFigures() throws Exception {
    Briefing read = c.readModule();
    assertThat(read).isEqualTo(c.seed);
    long module = read.figures().values().stream().mapToLong(count -> count.value()).sum();
    assertThat(module).isEqualTo(total(c.readRecords())).isEqualTo(41_318);
  }

  private static long total(Plain.Briefing b) {
    long sum = 0;
    for (Plain.Detention d : b.detention()) {
      sum += sum(d.suspects(), d.inCustody(), d.houseArrest(), d.otherRestraint(), d.released(), d.charged(),
          d.broughtToTrial(), d.convicted(), d.acquitted(), d.pleadedGuilty(), d.foundGuiltyAtTrial(), d.sentenced());
      sum += d.sentencesByKind().parts().stream().mapToLong(p -> p.count().value()).sum();
    }
    for (Plain.CriminalCases cc : b.criminalCases()) {
      sum += sum(cc.registered(), cc.underInvestigation(), cc.sentToCourt(), cc.persons());
      sum += cc.personsByCategory().parts().stream().mapToLong(p -> p.count().value()).sum();
    }
    sum += sum(b.organizedCrime().groupsInvolved(), b.organizedCrime().membersArrested(),
        b.organizedCrime().leadersArrested());
    for (Plain.WeaponSeizure w : b.weaponSeizure()) {
      sum += sum(w.seized(), w.ammunitionRounds(), w.voluntarilySurrendered());
      sum += w.byType().parts().stream().mapToLong(p -> p.count().value()).sum();
    }
    for (Plain.ArsenalLoss a : b.arsenalLosses()) {
      sum += sum(a.stolen(), a.recovered());
    }
    return sum;
  }

  private static long sum(Plain.Count... counts) {
    long sum = 0;
    for (Plain.Count count : counts) {
      sum += count == null ? 0 : count.value();
    }
    return sum;
  }

  /** Each side reads what the other writes: the module's JSON as records, the records' JSON as a briefing. */
  @Test
  void theModuleAndThePlainRecordsWriteTheSameDocument() throws Exception {
    assertThat(c.plain.readValue(c.writeModule(), Plain.Briefing.class)).isEqualTo(c.plainSeed);
    assertThat(c.module.readValue(c.writeRecords(), Briefing.class)).isEqualTo(c.seed);
  }

  @Test
  void readingAndValidatingFindsWhatValidatingTheSeedFinds() throws Exception {
    assertThat(c.readAndValidate()).isEqualTo(c.validateOurs());
  }

  /** The standard rules' certain findings and Hibernate Validator's violations name the same checks. */
  @Test
  void ourValidationAndHibernateValidatorFindTheSameProblems() {
    ValidationReport ours = c.validateOurs();
    Set<String> certain = ours.findings().stream().filter(f -> !f.undetermined() && f.severity() != Severity.INFO)
        .map(Finding::ruleId).map(Comparisons.SAME_CHECKS::get).collect(Collectors.toCollection(TreeSet::new));
    Set<String> hibernate = c.validateHibernate().stream().map(v -> v.getPropertyPath().toString())
        .map(p -> p.substring(p.lastIndexOf('.') + 1)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(certain).containsExactly("custodyAndReleasedWithinSuspects").isEqualTo(hibernate);
  }

  /** Hibernate Validator checks the figures inside lists and breakdowns too, as the standard rules do. */
  @Test
  void hibernateValidatorReachesTheFiguresInsideListsAndBreakdowns() {
    Plain.Breakdown<Plain.KindPart> sentences = new Plain.Breakdown<>("all", null,
        List.of(new Plain.KindPart("fine", Plain.Count.of(-1))));
    assertThat(c.hibernate.validate(sentences)).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("parts[0].count.value");
    Plain.Count restated = new Plain.Count(5, null, null, null, null, null, List.of(Plain.Count.of(-2)), null);
    assertThat(c.hibernate.validate(restated)).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("alsoStated[0].value");
  }

  @Test
  void everyConversionGivesTheSameAmount() {
    BigDecimal ours = c.convertOurs().result().amount();
    assertThat(ours).isEqualByComparingTo("766056.37");
    assertThat(c.convertBigDecimal()).isEqualTo(ours);
    assertThat(c.divideBigDecimal()).isEqualTo(ours);
    assertThat(c.convertMoneta().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(ours);
    assertThat(c.convertMoneta().getCurrency().getCurrencyCode()).isEqualTo("USD");
  }

  /** The series the benchmark checks: rising running totals, a stock that moves, nothing to find. */
  @ParameterizedTest
  @ValueSource(ints = {2, 1_000})
  void aGeneratedSeriesHasItsSizeAndNoFinding(int size) {
    BriefingSeries series = BriefingSeries.of(Comparisons.series(size));
    assertThat(series.briefings()).hasSize(size);
    assertThat(series.check().isEmpty()).isTrue();
    assertThat(series.diffs()).hasSize(size - 1);
  }

  @Test
  void theBenchmarkMethodsReturnTheirAnswers() throws Exception {
    Benchmarks b = new Benchmarks();
    Benchmarks.Fixtures f = new Benchmarks.Fixtures();
    f.setUp();
    try {
      assertThat(b.read_module(f)).isEqualTo(c.seed);
      assertThat(b.read_records(f)).isEqualTo(c.plainSeed);
      assertThat(b.validate_ours(f)).isEqualTo(c.validateOurs());
      assertThat(b.validate_hibernate(f)).hasSize(1);
      assertThat(b.convert_ours(f).result().amount()).isEqualTo(b.convert_bigDecimal(f))
          .isEqualTo(b.convert_bigDecimalDivide(f));
      assertThat(b.write_module(f)).isEqualTo(c.writeModule());
      assertThat(b.write_records(f)).isEqualTo(c.writeRecords());
      assertThat(b.readValidate_module(f)).isEqualTo(c.validateOurs());
      assertThat(b.convert_moneta(f).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("766056.37");
    } finally {
      f.tearDown();
    }
    Benchmarks.Series s = new Benchmarks.Series();
    s.size = 3;
    s.setUp();
    assertThat(b.series_check(s).isEmpty()).isTrue();
  }

  @Test
  void theMegabyteOfTextDraftsItsFigures() {
    String text = Comparisons.briefingText(1 << 20);
    Draft draft = Drafter.of(Lexicon.english()).draft(text);
    int paragraphs = text.split("On 11 April 2022", -1).length - 1;
    // 11 figures a paragraph (an amount with its equivalent is one, a range is one); no date, article or ordinal
    assertThat(draft.figures()).hasSize(11 * paragraphs);
  }
}
