package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edges of the rate files and of rates: which line and column a problem names, dates, cross rates, text forms. */
class RateFilesEdgeTest {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);

  static RateTableFormatException ecb(String text) {
    return catchThrowableOfType(RateTableFormatException.class,
        () -> RateTable.parseEcbCsv(new StringReader(text), "ecb.csv"));
  }

  static RateTableFormatException csv(String text) {
    return catchThrowableOfType(RateTableFormatException.class,
        () -> RateTable.parseCsv(new StringReader(text), "rates.csv"));
  }

  @Test
  void ecbProblemsNameTheirLineAndColumn() {
    assertThat(ecb("")).hasMessage("ecb.csv line 1: the header must start with Date,: \"\"");
    assertThat(ecb("Currency,USD\n")).hasMessage("ecb.csv line 1: the header must start with Date,: \"Currency,USD\"");
    RateTableFormatException badCurrency = ecb("Date,USD,ZZZ\n");
    assertThat(badCurrency).hasMessage("ecb.csv line 1, column 3 (currency): must be an ISO 4217 currency code: \"ZZZ\"");
    assertThat(badCurrency.line()).isEqualTo(1);
    assertThat(badCurrency.column()).isEqualTo(3);
    assertThat(badCurrency.value()).isEqualTo("ZZZ");
    assertThat(ecb("Date,USD\n\n2022-04-11,1.1,2.2\n")).hasMessage(
        "ecb.csv line 3, column 3 (?): a rate under no currency of the header: \"2.2\"");
    assertThat(ecb("Date,USD\n11/04/2022,1.1\n")).hasMessage(
        "ecb.csv line 2, column 1 (date): must be an ISO date such as 2022-04-11: \"11/04/2022\"");
  }

  @Test
  void anEcbHeaderMayHaveAnEmptyColumn() throws Exception {
    RateTable t = RateTable.parseEcbCsv(new StringReader("Date,USD,,JPY\n2022-04-11,1.1,,130\n"), "ecb.csv");
    assertThat(t.rates()).hasSize(2);
    assertThat(t.find(Money.currency("EUR"), Money.currency("JPY"), DAY).orElseThrow().rate()).isEqualByComparingTo("130");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1899-12-31,USD,KZT,443|2|1|date|must be between 1900-01-01 and 2199-12-31",
      "2022-04-11,XXX,KZT,443|2|2|base|must be an ISO 4217 currency code",
      "2022-04-11,USD,XTS,443|2|3|quote|must be an ISO 4217 currency code",
      "2022-04-11,USD,KZT,-443|2|4|rate|must be a positive decimal number"})
  void csvProblemsNameTheirColumn(String row, int line, int column, String name, String problem) {
    RateTableFormatException e = csv("date,base,quote,rate\n" + row + "\n");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e).hasMessageStartingWith("rates.csv line " + line + ", column " + column + " (" + name + "): " + problem);
  }

  @Test
  void aSourceBeyondTheLimitIsRefusedAsACellAndQuotedShort() {
    RateTableFormatException e = csv("date,base,quote,rate,source\n2022-04-11,USD,KZT,443," + "s".repeat(2_001) + "\n");
    assertThat(e).hasMessageStartingWith("rates.csv line 2, column 5 (source): must have at most 2000 characters: \"sss");
    assertThat(e.getMessage()).hasSizeLessThan(200).endsWith("(2,001 characters)");
    assertThat(e.value()).hasSize(2_001);
  }

  @Test
  void aTableTakesTheRatesOfAnother() {
    RateTable one = RateTable.builder().add(DAY, "USD", "KZT", "443.83157", "a").build();
    RateTable both = RateTable.builder().addAll(one).add(DAY, "EUR", "KZT", "481.2", "b").build();
    assertThat(both.rates()).hasSize(2).containsAll(one.rates());
  }

  @Test
  void aCrossRateIsDatedTheEarlierOfItsTwo() {
    ExchangeRate usdKzt = ExchangeRate.of(DAY, Money.currency("USD"), Money.currency("KZT"), new BigDecimal("443"), "a");
    ExchangeRate kztRub = ExchangeRate.of(DAY.minusDays(2), Money.currency("KZT"), Money.currency("RUB"),
        new BigDecimal("0.18"), "b");
    assertThat(ExchangeRate.cross(usdKzt, kztRub).date()).isEqualTo(DAY.minusDays(2));
    ExchangeRate kztRubLater = ExchangeRate.of(DAY.plusDays(2), Money.currency("KZT"), Money.currency("RUB"),
        new BigDecimal("0.18"), "b");
    assertThat(ExchangeRate.cross(usdKzt, kztRubLater).date()).isEqualTo(DAY);
  }

  @Test
  void longRatesAreCutToTenDigitsInExplanations() {
    assertThat(ExchangeRate.abbreviate(new BigDecimal("1234567890"))).isEqualTo("1234567890");
    assertThat(ExchangeRate.abbreviate(new BigDecimal("12345678901"))).isEqualTo("12345678900…");
    assertThat(ExchangeRate.abbreviate(new BigDecimal("0.002253106961"))).isEqualTo("0.002253106961");
    assertThat(ExchangeRate.abbreviate(new BigDecimal("0.0022531069612"))).isEqualTo("0.002253106961…");
  }
}
