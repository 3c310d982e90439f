package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTheStatedScale() {
    assertThat(Money.of("340000000", "KZT").amount()).isEqualTo(new BigDecimal("340000000"));
    assertThat(Money.of("0.50", "USD").amount().scale()).isEqualTo(2);
    assertThat(Money.of("0.50", "USD")).hasToString("0.50 USD");
  }

  @Test
  void equalityIsExactButAmountsCompareNumerically() {
    Money fifty = Money.of("0.50", "USD");
    Money half = Money.of("0.5", "USD");
    assertThat(fifty).isNotEqualTo(half);
    assertThat(fifty.isSameAmountAs(half)).isTrue();
    assertThat(fifty.compareTo(half)).isZero();
    assertThat(fifty.isSameAmountAs(Money.of("0.50", "EUR"))).isFalse();
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    assertThat(Money.of("1.5", "USD").plus(Money.of("0.25", "USD"))).isEqualTo(Money.of("1.75", "USD"));
    assertThat(Money.of("1", "KZT").minus(Money.of("3", "KZT"))).isEqualTo(Money.of("-2", "KZT"));
  }

  @Test
  void aCurrencyMismatchExposesBothCurrencies() {
    CurrencyMismatchException e = catchThrowableOfType(CurrencyMismatchException.class,
        () -> Money.of("1", "KZT").plus(Money.of("1", "USD")));
    assertThat(e.first()).isEqualTo(Currency.getInstance("KZT"));
    assertThat(e.second()).isEqualTo(Currency.getInstance("USD"));
    assertThat(e).hasMessage("currencies differ: KZT and USD");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e1000000000 | amount must be a plain decimal number such as 340000000 or 0.50: \"1e1000000000\"",
      "12,5         | amount must be a plain decimal number such as 340000000 or 0.50: \"12,5\"",
      "5.           | amount must be a plain decimal number such as 340000000 or 0.50: \"5.\"",
      "-            | amount must be a plain decimal number such as 340000000 or 0.50: \"-\"",
      "0.0000000000000000001 | amount scale must be between 0 and 18: 19 in 1E-19",
      "12345678901234567890123456789012345 | amount must have at most 34 significant digits: 35 in 12345678901234567890123456789012345",
  })
  void refusesAbsurdOrMalformedAmounts(String amount, String message) {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of(amount, "USD"))
        .withMessage(message);
  }

  @Test
  void refusesAHundredThousandDigitsWithoutParsingThem() {
    String huge = "9".repeat(100_000);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of(huge, "USD"))
        .withMessageStartingWith("amount must have at most 54 characters: 100000 characters starting 999");
  }

  @Test
  void refusesUnknownCurrencies() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of("1", "XYZ"))
        .withMessage("currency is not an ISO 4217 code: \"XYZ\"");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of("1", "usd"))
        .withMessage("currency must be an ISO 4217 code of three capital letters: \"usd\"");
  }

  @Test
  void refusesNulls() {
    assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Money.of((BigDecimal) null, "USD"))
        .withMessage("amount must not be null");
    assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null))
        .withMessage("currency must not be null");
  }
}
