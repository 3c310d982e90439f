package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples: the seed briefing's figures, inverse and cross rates, date policies. */
class ConversionTest {
  private static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);
  private static final Currency KZT = Money.currency("KZT");
  private static final Currency USD = Money.currency("USD");
  private static final Currency EUR = Money.currency("EUR");
  private static final Money SEIZED = Money.of("340000000", "KZT");
  private static final Money STATED_USD = Money.of("766599", "USD");

  @Test
  void theSeedImpliesAbout443point5174TengePerDollarToAtLeastSixteenDigits() {
    ExchangeRate implied = StatedEquivalent.of(SEIZED, STATED_USD, APRIL_11).impliedRate();
    assertThat(implied.base()).isEqualTo(USD);
    assertThat(implied.quote()).isEqualTo(KZT);
    assertThat(implied.rate().precision()).isGreaterThanOrEqualTo(16);
    assertThat(implied.rate().toPlainString()).startsWith("443.5174061014950");
    assertThat(implied.source()).isEqualTo("implied by the briefing");
  }

  @Test
  void convertingTheSeizedTengeAtTheImpliedRateGivesBackTheStatedDollars() {
    ExchangeRate implied = StatedEquivalent.of(SEIZED, STATED_USD, APRIL_11).impliedRate();
    RateTable table = RateTable.builder().add(implied).build();
    Conversion c = CurrencyConverter.of(table).convert(SEIZED, USD, APRIL_11);
    assertThat(c.result()).isEqualTo(Money.of("766599.00", "USD"));
    assertThat(c.rate().derivation()).isEqualTo(ExchangeRate.Derivation.INVERSE);
    assertThat(c.rate().derivedFrom()).containsExactly(implied);
    assertThat(c.explain()).isEqualTo("340000000 KZT × 0.002254702941… USD per KZT (2022-04-11, inverse of"
        + " 443.5174061… KZT per USD, implied by the briefing) = 766599.00 USD, HALF_EVEN to 2 places");
  }

  @Test
  void aTableAnswersEachQuestionWithItsOwnRateWhateverItWasAskedBefore() {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "KZT", "443.83", "a")
        .add(APRIL_11.plusDays(1), "USD", "KZT", "450", "b").add(APRIL_11, "EUR", "KZT", "480", "c").build();
    LocalDate april13 = APRIL_11.plusDays(2);
    for (int round = 0; round < 2; round++) { // the second round asks again what was asked before
      assertThat(table.find(USD, KZT, APRIL_11).orElseThrow().source()).isEqualTo("a");
      assertThat(table.find(USD, KZT, APRIL_11).orElseThrow().source()).isEqualTo("a");
      assertThat(table.find(USD, KZT, APRIL_11.plusDays(1)).orElseThrow().source()).isEqualTo("b");
      assertThat(table.find(EUR, KZT, APRIL_11).orElseThrow().source()).isEqualTo("c");
      assertThat(table.find(KZT, USD, APRIL_11).orElseThrow().derivation()).isEqualTo(ExchangeRate.Derivation.INVERSE);
      assertThat(table.find(USD, KZT, april13)).isEmpty();
      assertThat(table.find(USD, KZT, april13, DatePolicy.latestWithin(3)).orElseThrow().source()).isEqualTo("b");
      assertThat(table.find(USD, KZT, april13, DatePolicy.exactDate())).isEmpty();
    }
  }

  @Test
  void aRateCutTo443point5174WouldGiveOneCentMore() {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "KZT", "443.5174", "cut").build();
    assertThat(CurrencyConverter.of(table).convert(SEIZED, USD, APRIL_11).result())
        .isEqualTo(Money.of("766599.01", "USD"));
  }

  @Test
  void theStatedEquivalentIsSevenHundredthsOfAPercentBelowTheReferenceRate() {
    ExchangeRate reference = ExchangeRate.of(APRIL_11, USD, KZT, new BigDecimal("443.83157"), "openexchangerates.org");
    BigDecimal deviation = StatedEquivalent.of(SEIZED, STATED_USD, APRIL_11).deviationFrom(reference);
    assertThat(deviation.movePointRight(2).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-0.07");
    assertThat(StatedEquivalent.of(SEIZED, STATED_USD, APRIL_11).deviationFrom(reference.inverse()))
        .as("a reference quoted the other way round gives the same deviation")
        .isCloseTo(deviation, org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
  }

  @Test
  void crossRatesGoThroughThePivotAndSaySo() {
    RateTable table = RateTable.builder()
        .add(APRIL_11, "EUR", "USD", "1.0888", "ecb")
        .add(APRIL_11, "USD", "KZT", "443.83157", "oxr")
        .build();
    ExchangeRate kztPerEur = table.find(EUR, KZT, APRIL_11).orElseThrow();
    assertThat(kztPerEur.derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(kztPerEur.rate()).isEqualByComparingTo("483.243813416");
    assertThat(kztPerEur.source()).isEqualTo("cross through USD");
    ExchangeRate eurPerKzt = table.find(KZT, EUR, APRIL_11).orElseThrow();
    assertThat(eurPerKzt.derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(eurPerKzt.derivedFrom()).extracting(ExchangeRate::derivation)
        .containsExactly(ExchangeRate.Derivation.INVERSE, ExchangeRate.Derivation.INVERSE);
    assertThat(RateTable.builder().addAll(table).pivots().build().find(EUR, KZT, APRIL_11)).isEmpty();
  }

  @Test
  void theExactDatePolicyFindsNothingOnAWeekendButLookingBackFindsFriday() {
    LocalDate friday = LocalDate.of(2022, 4, 8);
    LocalDate sunday = LocalDate.of(2022, 4, 10);
    RateTable table = RateTable.builder().add(friday, "USD", "KZT", "470.1", "nbk").build();
    assertThat(table.find(USD, KZT, sunday)).isEmpty();
    assertThat(table.find(USD, KZT, sunday, DatePolicy.latestWithin(1))).isEmpty();
    assertThat(table.find(USD, KZT, sunday, DatePolicy.latestWithin(2)).map(ExchangeRate::date)).contains(friday);
    assertThat(table.find(KZT, USD, sunday, DatePolicy.latestWithin(3)).map(ExchangeRate::date)).contains(friday);
    Conversion c = CurrencyConverter.of(table).withDatePolicy(DatePolicy.latestWithin(3))
        .convert(Money.of("470.10", "KZT"), USD, sunday);
    assertThat(c.requestedDate()).isEqualTo(sunday);
    assertThat(c.rate().date()).isEqualTo(friday);
    assertThat(c.result()).isEqualTo(Money.of("1.00", "USD"));
  }

  @Test
  void aMissingRateNamesThePairDateAndPolicy() {
    RateTable empty = RateTable.builder().build();
    assertThatExceptionOfType(MissingRateException.class)
        .isThrownBy(() -> CurrencyConverter.of(empty).convert(SEIZED, USD, APRIL_11))
        .withMessage("no rate for USD per KZT on 2022-04-11 (exact date)");
  }

  @Test
  void aProviderThatAnswersWithAnotherPairIsRefused() {
    ExchangeRate usdInKzt = ExchangeRate.of(APRIL_11, USD, KZT, new BigDecimal("443.83"), "x");
    CurrencyConverter converter = CurrencyConverter.of((base, quote, date) -> Optional.of(usdInKzt));
    String message = "asked for USD per KZT on 2022-04-11, the provider gave a rate of another pair: " + usdInKzt;
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> converter.convert(SEIZED, USD, APRIL_11)).withMessage(message);
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> converter.tryConvert(SEIZED, USD, APRIL_11)).withMessage(message);
    assertThat(converter.convert(Money.of("2", "USD"), KZT, APRIL_11).result()).isEqualTo(Money.of("887.66", "KZT"));
  }

  @Test
  void aGivenRateIsRefusedForAnAmountInAnotherCurrency() {
    ExchangeRate usdInKzt = ExchangeRate.of(APRIL_11, USD, KZT, new BigDecimal("443.83"), "x");
    CurrencyConverter converter = CurrencyConverter.of(RateTable.builder().build());
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> converter.convert(SEIZED, usdInKzt, APRIL_11));
    assertThat(converter.convert(Money.of("2", "USD"), usdInKzt, APRIL_11).result()).isEqualTo(Money.of("887.66", "KZT"));
  }

  @Test
  void roundsToTheTargetsMinorUnitUnlessConfigured() {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "JPY", "125.555", "x")
        .add(APRIL_11, "USD", "BHD", "0.37699", "x").build();
    CurrencyConverter converter = CurrencyConverter.of(table);
    assertThat(converter.convert(Money.of("1", "USD"), Money.currency("JPY"), APRIL_11).result())
        .isEqualTo(Money.of("126", "JPY"));
    assertThat(converter.convert(Money.of("1", "USD"), Money.currency("BHD"), APRIL_11).result())
        .isEqualTo(Money.of("0.377", "BHD"));
    assertThat(converter.withScale(1).withRoundingMode(RoundingMode.DOWN)
        .convert(Money.of("1", "USD"), Money.currency("JPY"), APRIL_11).result())
        .isEqualTo(Money.of("125.5", "JPY"));
  }

  @Test
  void aDerivedRateConvertsWithTheExactValueOfItsStatedRatesRoundedOnce() {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "KZT", "6", "x").add(APRIL_11, "USD", "EUR", "3", "x")
        .add(APRIL_11, "USD", "RUB", "7", "x").build();
    CurrencyConverter converter = CurrencyConverter.of(table);
    CurrencyConverter exactly = converter.withRoundingMode(RoundingMode.UNNECESSARY);
    Currency rub = Money.currency("RUB");
    // 0.03 / 6 is 0.005, a tie that HALF_EVEN rounds down; 0.03 × 0.1666…67 would round it up
    assertThat(converter.convert(Money.of("0.03", "KZT"), USD, APRIL_11).result()).isEqualTo(Money.of("0.00", "USD"));
    // 3 / 3 is exactly 1: no rounding is necessary, and rounding down keeps it; 3 × 0.3333…33 would give 0.99
    assertThat(exactly.convert(Money.of("3", "EUR"), USD, APRIL_11).result()).isEqualTo(Money.of("1.00", "USD"));
    assertThat(converter.withRoundingMode(RoundingMode.DOWN).convert(Money.of("3", "EUR"), USD, APRIL_11).result())
        .isEqualTo(Money.of("1.00", "USD"));
    // crosses through USD: 1 EUR is 1/3 USD, which is 2 KZT; 7 RUB are 1 USD, which is 3 EUR
    Conversion cross = exactly.convert(Money.of("1", "EUR"), KZT, APRIL_11);
    assertThat(cross.rate().derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(cross.result()).isEqualTo(Money.of("2.00", "KZT"));
    assertThat(exactly.convert(Money.of("7", "RUB"), EUR, APRIL_11).result()).isEqualTo(Money.of("3.00", "EUR"));
    // 1 KZT is 7/6 RUB, which no number of places holds
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> exactly.convert(Money.of("1", "KZT"), rub, APRIL_11));
  }

  @Test
  void aRateDerivedFromMoreThanTwoStatedRatesConvertsWithItsOwnDigits() {
    ExchangeRate usdPerKzt = ExchangeRate.of(APRIL_11, USD, KZT, new BigDecimal("6"), "x").inverse();
    ExchangeRate eurPerUsd = ExchangeRate.of(APRIL_11, USD, EUR, new BigDecimal("3"), "x");
    ExchangeRate rubPerEur = ExchangeRate.of(APRIL_11, EUR, Money.currency("RUB"), BigDecimal.ONE, "x");
    ExchangeRate twoSteps = ExchangeRate.cross(usdPerKzt, eurPerUsd);
    ExchangeRate threeSteps = ExchangeRate.cross(twoSteps, rubPerEur);
    assertThat(threeSteps.rate()).isEqualByComparingTo("0.5000000000000000000000000000000001");
    CurrencyConverter converter = CurrencyConverter.of(RateTable.builder().build());
    Money cent = Money.of("0.01", "KZT");
    // two stated rates: exactly 1/6 × 3, so 0.005, rounded to even; three: the rate's 34 digits
    assertThat(converter.convert(cent, twoSteps, APRIL_11).result()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(converter.convert(cent, threeSteps, APRIL_11).result()).isEqualTo(Money.of("0.01", "RUB"));
  }

  @Test
  void refusesTwoRatesForOnePairAndDate() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RateTable.builder()
            .add(APRIL_11, "USD", "KZT", "443", "a").add(APRIL_11, "USD", "KZT", "444", "b").build())
        .withMessageContaining("two rates for KZT per USD on 2022-04-11");
  }

  @Test
  void refusesNonPositiveRates() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ExchangeRate.of(APRIL_11, USD, KZT, BigDecimal.ZERO, "x"))
        .withMessage("rate must be positive: 0");
  }
}
