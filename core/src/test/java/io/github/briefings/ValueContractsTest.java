package io.github.briefings;

import static io.github.briefings.Equality.assertEqualOnlyTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Count;
import io.github.briefings.model.EvidenceKind;
import io.github.briefings.model.Interval;
import io.github.briefings.model.Scope;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Tolerance;
import io.github.briefings.model.WeaponType;
import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.CurrencyMismatchException;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.MissingRateException;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.money.StatedEquivalent;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationPolicy;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality, accessors and text forms of the value types: what users compare, print and read back. */
class ValueContractsTest {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);

  @Test
  void tolerances() {
    assertEqualOnlyTo(Tolerance.percent(10), Tolerance.of(new BigDecimal("0.10")), Tolerance.percent(11),
        Tolerance.percent(0));
    assertThat(Tolerance.of(BigDecimal.ZERO)).isEqualTo(Tolerance.percent(0));
    assertThat(Tolerance.of(BigDecimal.ONE)).isEqualTo(Tolerance.percent(100)).hasToString("100%");
    assertThat(Tolerance.percent(10)).hasToString("10%");
    assertThat(Tolerance.of(new BigDecimal("0.125"))).hasToString("12.5%");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Tolerance.of(new BigDecimal("-0.01")));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Tolerance.of(new BigDecimal("1.01")))
        .withMessage("tolerance must be between 0 and 1: 1.01");
  }

  @Test
  void intervals() {
    assertEqualOnlyTo(Interval.of(1, 2), Interval.of(1, 2), Interval.of(2, 2), Interval.atLeast(1), Interval.of(1, 3));
    // hashes that a sloppy formula would make collide
    assertThat(Interval.of(0, 0).hashCode()).isNotEqualTo(Interval.of(1, 31).hashCode());
    assertThat(Interval.of(20, 30)).hasToString("[20, 30]");
    assertThat(Interval.atLeast(35_001)).hasToString("[35001, ∞)");
  }

  @Test
  void intervalsEncloseTheirSubsetsOnly() {
    assertThat(Interval.of(10, 20).encloses(Interval.of(10, 20))).isTrue();
    assertThat(Interval.of(10, 20).encloses(Interval.of(11, 19))).isTrue();
    assertThat(Interval.of(10, 20).encloses(Interval.of(9, 15))).isFalse();
    assertThat(Interval.of(10, 20).encloses(Interval.of(15, 21))).isFalse();
    assertThat(Interval.of(10, 20).encloses(Interval.atLeast(15))).isFalse();
    assertThat(Interval.atLeast(10).encloses(Interval.atLeast(10))).isTrue();
    assertThat(Interval.atLeast(10).encloses(Interval.of(10, 1_000))).isTrue();
    assertThat(Interval.atLeast(10).encloses(Interval.atLeast(9))).isFalse();
  }

  @Test
  void countsInWords() {
    assertThat(Count.exactly(547)).hasToString("547");
    assertThat(Count.atLeast(5)).hasToString("at least 5");
    assertThat(Count.moreThan(35_000)).hasToString("more than 35000");
    assertThat(Count.atMost(7)).hasToString("at most 7");
    assertThat(Count.fewerThan(8)).hasToString("fewer than 8");
    assertThat(Count.about(340)).hasToString("about 340");
    assertThat(Count.between(20, 30)).hasToString("20 to 30");
    assertThat(Count.exactly(5).isExact()).isTrue();
    assertThat(Count.about(5).isExact()).isFalse();
    assertThat(Count.between(5, 5).isExact()).isFalse();
  }

  @Test
  void vocabularyTermsPrintTheirCodes() {
    assertThat(CaseCategory.of("extortion", "extortion", "Article 194")).hasToString("extortion")
        .satisfies(c -> assertThat(c.legalArticle()).contains("Article 194"));
    assertThat(Scope.described("all-suspects", "all suspects")).hasToString("all-suspects");
    assertThat(EvidenceKind.VIDEO).hasToString("video");
    assertThat(WeaponType.VOCABULARY.wellKnown("pistol")).contains(WeaponType.PISTOL);
    assertThat(WeaponType.VOCABULARY.wellKnown("crossbow")).isEmpty();
    assertThat(SentenceKind.VOCABULARY.wellKnown("imprisonment")).contains(SentenceKind.IMPRISONMENT);
    assertThat(EvidenceKind.VOCABULARY.wellKnown("video")).contains(EvidenceKind.VIDEO);
    assertThat(CaseCategory.VOCABULARY.wellKnown("mass-riots")).contains(CaseCategory.MASS_RIOTS);
  }

  @Test
  void briefingAccessors() {
    Briefing april11 = SeedBriefings.april11();
    assertThat(april11.speaker("adilov")).contains(SeedBriefings.ADILOV);
    assertThat(april11.speaker("tokayev")).isEmpty();
    assertThat(april11.provisional()).isTrue();
    assertThat(SeedBriefings.april25().provisional()).isFalse();
    assertThat(april11.propertyRecoveries().get(0).estimated()).isTrue();
    assertThat(io.github.briefings.model.PropertyRecovery.builder().description("cars").amount(Money.of("5", "KZT"))
        .build().estimated()).isFalse();
  }

  @Test
  void outstandingWeaponsAreDerivedOnlyFromExactFigures() {
    ArsenalLoss.Builder loss = ArsenalLoss.builder().takenFrom("depot");
    assertThat(loss.stolen(Count.exactly(610)).recovered(Count.exactly(206)).build().outstanding()).hasValue(404);
    assertThat(loss.stolen(Count.exactly(206)).recovered(Count.exactly(206)).build().outstanding()).hasValue(0);
    assertThat(loss.stolen(Count.exactly(205)).recovered(Count.exactly(206)).build().outstanding()).isEmpty();
    assertThat(loss.stolen(Count.about(610)).recovered(Count.exactly(206)).build().outstanding()).isEmpty();
    assertThat(loss.stolen(Count.exactly(610)).recovered(Count.moreThan(206)).build().outstanding()).isEmpty();
    assertThat(ArsenalLoss.builder().takenFrom("depot").stolen(Count.exactly(1)).build().outstanding()).isEmpty();
  }

  @Test
  void money() {
    Money kzt = Money.of("340000000", "KZT");
    assertEqualOnlyTo(kzt, Money.of("340000000", "KZT"), Money.of("340000001", "KZT"), Money.of("340000000", "USD"),
        Money.of("340000000.0", "KZT"));
    assertThat(Money.of("1", "KZT").compareTo(Money.of("2", "KZT"))).isNegative();
    assertThat(Money.of("2", "KZT").compareTo(Money.of("1", "KZT"))).isPositive();
    assertThat(Money.of("2.0", "KZT").compareTo(Money.of("2", "KZT"))).isZero();
    assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(() -> kzt.compareTo(Money.of("1", "USD")));
    assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(() -> kzt.minus(Money.of("1", "USD")));
    assertThat(Money.of("5", "KZT").minus(Money.of("7", "KZT"))).isEqualTo(Money.of("-2", "KZT"));
  }

  @Test
  void moneyLimitsAreInclusive() {
    assertThat(Money.of(new BigDecimal("1." + "0".repeat(18)), "USD").amount().scale()).isEqualTo(18);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Money.of(new BigDecimal("1." + "0".repeat(19)), "USD"));
    String longest = "-" + "9".repeat(34 - 18) + "." + "9".repeat(18); // 54 characters minus one digit
    assertThat(Money.parseAmount(longest).precision()).isEqualTo(34);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.parseAmount("1" + "0".repeat(54)))
        .withMessageContaining("at most 54 characters");
    assertThat(Money.parseAmount("0" .repeat(53) + "1")).isEqualTo(BigDecimal.ONE.setScale(0));
    for (String bad : new String[] {"1.", ".5", "1.2.3", "-", "", "1e5", "+1", "1,5"}) {
      assertThatExceptionOfType(IllegalArgumentException.class).as(bad).isThrownBy(() -> Money.parseAmount(bad))
          .withMessageContaining("plain decimal number");
    }
    assertThat(Money.parseAmount("12.50")).isEqualTo(new BigDecimal("12.50"));
    for (String code : new String[] {"@BC", "[BC", "AB@", "AB[", "AB", "ABCD"}) {
      assertThatExceptionOfType(IllegalArgumentException.class).as(code).isThrownBy(() -> Money.currency(code))
          .withMessageContaining("three capital letters");
    }
    assertThat(Money.currency("AZN").getCurrencyCode()).isEqualTo("AZN");
    assertThat(Money.currency("ZAR").getCurrencyCode()).isEqualTo("ZAR");
  }

  @Test
  void ratesConversionsAndPolicies() {
    RateTable rates = RateTable.builder().add(DAY, "USD", "KZT", "443.83157", "openexchangerates.org").build();
    Conversion usd = CurrencyConverter.of(rates).convert(Money.of("340000000", "KZT"), Money.currency("USD"), DAY);
    Conversion again = CurrencyConverter.of(rates).convert(Money.of("340000000", "KZT"), Money.currency("USD"), DAY);
    Conversion other = CurrencyConverter.of(rates).convert(Money.of("340000001", "KZT"), Money.currency("USD"), DAY);
    Conversion scaled = CurrencyConverter.of(rates).withScale(0)
        .convert(Money.of("340000000", "KZT"), Money.currency("USD"), DAY);
    assertEqualOnlyTo(usd, again, other, scaled);
    assertThat(usd.source()).isEqualTo(Money.of("340000000", "KZT"));
    assertThat(usd.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(usd).hasToString(usd.explain());
    assertThat(scaled.result()).isEqualTo(Money.of("766056", "USD"));
    assertThat(CurrencyConverter.of(rates).withScale(18).convert(Money.of("1", "KZT"), Money.currency("USD"), DAY)
        .result().amount().scale()).isEqualTo(18);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> CurrencyConverter.of(rates).withScale(19));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> CurrencyConverter.of(rates).withScale(-1));

    ExchangeRate rate = rates.find(Money.currency("USD"), Money.currency("KZT"), DAY).orElseThrow();
    ExchangeRate same = ExchangeRate.of(DAY, Money.currency("USD"), Money.currency("KZT"), new BigDecimal("443.83157"),
        "openexchangerates.org");
    assertEqualOnlyTo(rate, same, rate.inverse(),
        ExchangeRate.of(DAY.plusDays(1), Money.currency("USD"), Money.currency("KZT"), new BigDecimal("443.83157"), "openexchangerates.org"),
        ExchangeRate.of(DAY, Money.currency("USD"), Money.currency("KZT"), new BigDecimal("443.83158"), "openexchangerates.org"),
        ExchangeRate.of(DAY, Money.currency("USD"), Money.currency("KZT"), new BigDecimal("443.83157"), "national bank"));
    assertThat(rate).hasToString(rate.explain());
    assertThat(rate.inverse().explain()).contains("0.002253106961…");

    MissingRateException missing = org.assertj.core.api.Assertions.catchThrowableOfType(MissingRateException.class,
        () -> CurrencyConverter.of(rates).convert(Money.of("1", "EUR"), Money.currency("GBP"), DAY));
    assertThat(missing.from()).isEqualTo(Money.currency("EUR"));
    assertThat(missing.to()).isEqualTo(Money.currency("GBP"));
    assertThat(missing.date()).isEqualTo(DAY);

    assertEqualOnlyTo(DatePolicy.latestWithin(3), DatePolicy.latestWithin(3), DatePolicy.latestWithin(4),
        DatePolicy.exactDate());
    assertThat(DatePolicy.latestWithin(0)).isEqualTo(DatePolicy.exactDate());
    assertThat(DatePolicy.latestWithin(366).maxDaysEarlier()).isEqualTo(366);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> DatePolicy.latestWithin(367));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> DatePolicy.latestWithin(-1));

    StatedEquivalent stated = StatedEquivalent.of(Money.of("340000000", "KZT"), Money.of("766599", "USD"), DAY);
    assertThat(stated.amount()).isEqualTo(Money.of("340000000", "KZT"));
    assertThat(stated.equivalent()).isEqualTo(Money.of("766599", "USD"));

    ValidationPolicy policy = ValidationPolicy.defaults().withRateDatePolicy(DatePolicy.latestWithin(5))
        .withEquivalentTolerance(new BigDecimal("0.02"));
    assertThat(policy.rateDatePolicy()).isEqualTo(DatePolicy.latestWithin(5));
    assertThat(policy.equivalentTolerance()).isEqualByComparingTo("0.02");
  }

  @Test
  void reportsAndFindings() {
    Finding error = new Finding("a.rule", Severity.ERROR, "x.y", "broken", Map.of("y", "1"), false);
    Finding warning = new Finding("a.rule", Severity.WARNING, "x.y", "broken", Map.of("y", "1"), false);
    assertEqualOnlyTo(error, new Finding("a.rule", Severity.ERROR, "x.y", "broken", Map.of("y", "1"), false), warning,
        new Finding("b.rule", Severity.ERROR, "x.y", "broken", Map.of("y", "1"), false),
        new Finding("a.rule", Severity.ERROR, "x.z", "broken", Map.of("y", "1"), false),
        new Finding("a.rule", Severity.ERROR, "x.y", "broke", Map.of("y", "1"), false),
        new Finding("a.rule", Severity.ERROR, "x.y", "broken", Map.of("y", "2"), false));
    ValidationReport withError = ValidationReport.of(List.of(warning, error));
    ValidationReport withWarning = ValidationReport.of(List.of(warning));
    assertEqualOnlyTo(withError, ValidationReport.of(List.of(error, warning)), withWarning, ValidationReport.of(List.of()));
    assertThat(withError.hasErrors()).isTrue();
    assertThat(withError.findings()).containsExactly(error, warning);
    assertThat(withWarning.hasErrors()).isFalse();
    assertThat(withWarning.isEmpty()).isFalse();
    assertThat(ValidationReport.of(List.of()).isEmpty()).isTrue();
    assertThat(ValidationReport.of(List.of()).hasErrors()).isFalse();
    assertThat(withError).hasToString(withError.render());
    assertThat(withError.render()).endsWith("1 error, 1 warning, 0 info\n");
    // findings of one rule, severity and path alike, are ordered by their values
    Finding one = new Finding("a.rule", Severity.INFO, "p", "m", Map.of("v", "1"), false);
    Finding two = new Finding("a.rule", Severity.INFO, "p", "m", Map.of("v", "2"), false);
    assertThat(ValidationReport.of(List.of(two, one)).findings()).containsExactly(one, two);

    Rule rule = Rule.of("acme.rule", Severity.INFO, "what it checks", (b, f) -> { });
    assertThat(rule.description()).isEqualTo("what it checks");
    assertThat(rule.toString()).contains("acme.rule");
  }
}
