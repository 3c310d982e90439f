package io.github.briefings;

import io.github.briefings.model.Breakdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.InvalidValueException;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OfficialStatus;
import io.github.briefings.model.Source;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.model.WeaponType;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.money.RateTableFormatException;
import io.github.briefings.money.StatedEquivalent;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.Validator;
import io.github.briefings.validation.Finding;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of limits and of three-valued checks: the last value accepted, the first refused. */
class EdgesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);

  static Briefing.Builder briefing() {
    return Briefing.builder().id("b").date(DAY).jurisdiction("KZ").investigation(Investigation.of("i", "t"));
  }

  static Briefing weapons(Count seized, Count pistols) {
    return briefing().addWeaponSeizure(WeaponSeizure.builder().seized(seized)
        .byType(Breakdown.builder(WeaponType.VOCABULARY).put(WeaponType.PISTOL, pistols).exhaustive().build()).build()).build();
  }

  @Test
  void anExhaustiveBreakdownThatMayOrMayNotMatchItsTotalIsUndeterminedAndAtMostAWarning() {
    for (Briefing b : List.of(weapons(Count.moreThan(1_400), Count.exactly(1_430)),
        weapons(Count.between(5, 10), Count.between(5, 10)))) {
      assertThat(Validator.standard().validate(b).byRule(StandardRules.TYPES_WITHIN_SEIZED)).singleElement()
          .satisfies(v -> {
            assertThat(v.undetermined()).isTrue();
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message()).startsWith("cannot tell whether");
          });
    }
    assertThat(Validator.standard().validate(weapons(Count.exactly(7), Count.exactly(7)))
        .byRule(StandardRules.TYPES_WITHIN_SEIZED)).isEmpty();
    assertThat(Validator.standard().validate(weapons(Count.exactly(7), Count.exactly(6)))
        .byRule(StandardRules.TYPES_WITHIN_SEIZED)).singleElement()
        .satisfies(v -> assertThat(v.undetermined()).isFalse());
  }

  @Test
  void aCumulativeFigureThatMayHaveFallenIsInfo() {
    Briefing earlier = briefing().addDetention(DetentionStats.builder().convicted(Count.about(200)).build()).build();
    Briefing later = briefing().id("c").date(DAY.plusDays(1))
        .addDetention(DetentionStats.builder().convicted(Count.about(190)).build()).build();
    assertThat(BriefingSeries.of(List.of(earlier, later)).check().findings()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.undetermined()).isFalse();
      assertThat(v.message()).contains("may have fallen from about 200");
    });
  }

  @Test
  void theFiguresOfAnOfficialsCaseAreNamedByItsId() {
    Briefing b = briefing().addOfficial(OfficialCase.builder().id("o").post("head").organisation("police")
        .status(OfficialStatus.SUSPECT).allegation("negligence").officials(Count.exactly(3)).build()).build();
    assertThat(b.figures()).containsEntry("officials[o].officials", Count.exactly(3));
    assertThat(SeedBriefings.april11().figures()).doesNotContainKey("officials[heads-of-deserted-buildings].officials");
  }

  @Test
  void textLimitsAreInclusive() {
    String url = "https://example.org/" + "a".repeat(2_000 - 20);
    assertThat(Source.builder().title("t").url(URI.create(url)).build().url()).contains(URI.create(url));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Source.builder().title("t").url(URI.create(url + "a")).build())
        .withMessageContaining("url must have at most 2000 characters");
    String source = "s".repeat(2_000);
    assertThat(ExchangeRate.of(DAY, Money.currency("USD"), Money.currency("KZT"), BigDecimal.TEN, source).source())
        .hasSize(2_000);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ExchangeRate.of(DAY,
        Money.currency("USD"), Money.currency("KZT"), BigDecimal.TEN, source + "s"))
        .withMessageContaining("at most 2000 characters");
  }

  @Test
  void precisionLimitsAreInclusive() throws Exception {
    BigDecimal digits34 = new BigDecimal("9".repeat(34));
    assertThat(Money.of(digits34, "KZT").amount()).isEqualTo(digits34);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of(new BigDecimal("9".repeat(35)), "KZT"))
        .withMessageContaining("at most 34 significant digits");
    String header = "date,base,quote,rate\n";
    RateTable table = RateTable.parseCsv(new StringReader(header + "2022-04-11,USD,KZT,1." + "1".repeat(33) + "\n"), "r");
    assertThat(table.rates().get(0).rate().precision()).isEqualTo(34);
    assertThatExceptionOfType(RateTableFormatException.class).isThrownBy(() -> RateTable.parseCsv(
        new StringReader(header + "2022-04-11,USD,KZT,1." + "1".repeat(34) + "\n"), "r"))
        .withMessageContaining("at most 34 significant digits");
    RateTable withSource = RateTable.parseCsv(new StringReader(
        header.replace("\n", ",source\n") + "2022-04-11,USD,KZT,443," + "s".repeat(2_000) + "\n"), "r");
    assertThat(withSource.rates().get(0).source()).hasSize(2_000);
  }

  @Test
  void statedEquivalentsArePositive() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> StatedEquivalent.of(Money.of("0", "KZT"), Money.of("1", "USD"), DAY))
        .withMessageContaining("must be positive");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> StatedEquivalent.of(Money.of("1", "KZT"), Money.of("0", "USD"), DAY))
        .withMessageContaining("must be positive");
    assertThat(StatedEquivalent.of(Money.of("0.01", "KZT"), Money.of("0.01", "USD"), DAY).amount())
        .isEqualTo(Money.of("0.01", "KZT"));
  }

  @Test
  void aDatePolicyReachesBackExactlyItsDays() {
    RateTable table = RateTable.builder().add(DAY.minusDays(3), "USD", "KZT", "443", "s").build();
    assertThat(table.find(Money.currency("USD"), Money.currency("KZT"), DAY, DatePolicy.latestWithin(3))).isPresent();
    assertThat(table.find(Money.currency("USD"), Money.currency("KZT"), DAY, DatePolicy.latestWithin(2))).isEmpty();
  }

  @Test
  void moneyHashesSpreadOverScale() {
    assertThat(Money.of("1", "KZT").hashCode()).isNotEqualTo(Money.of("0.1", "KZT").hashCode());
  }

  @Test
  void aViolationKnowsWhetherItIsUndetermined() {
    Finding v = new Finding("a.b", Severity.WARNING, "p", "m", java.util.Map.of(), true);
    assertThat(v.undetermined()).isTrue();
  }
}
