package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableCsvTest {
  private static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);

  @Test
  void readsRowsCommentsAndSources(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, "# reference rates\n"
        + "date,base,quote,rate,source\n"
        + "\n"
        + "2022-04-11,USD,KZT,443.83157,openexchangerates.org, daily snapshot\n"
        + "2022-04-11,EUR,USD,1.0888\n");
    RateTable table = RateTable.readCsv(file);
    assertThat(table.rates()).extracting(ExchangeRate::source)
        .containsExactly("openexchangerates.org, daily snapshot", "rates.csv");
    ExchangeRate usdKzt = table.find(Money.currency("USD"), Money.currency("KZT"), APRIL_11).orElseThrow();
    assertThat(usdKzt.rate()).isEqualTo(new BigDecimal("443.83157"));
    assertThat(table.pivots()).extracting(c -> c.getCurrencyCode()).containsExactly("EUR", "KZT", "USD");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2022-04-11,USD,KZT,abc       | 2 | 4 | bad.csv line 2, column 4 (rate): must be a positive decimal number: \"abc\"",
      "2022-04-11,USD,KZT,-1        | 2 | 4 | bad.csv line 2, column 4 (rate): must be a positive decimal number: \"-1\"",
      "2022-04-11,USD,KZT,0         | 2 | 4 | bad.csv line 2, column 4 (rate): must be a positive decimal number: \"0\"",
      "2022-04-31,USD,KZT,1         | 2 | 1 | bad.csv line 2, column 1 (date): must be an ISO date such as 2022-04-11: \"2022-04-31\"",
      "2022-04-11,USD,XXY,1         | 2 | 3 | bad.csv line 2, column 3 (quote): must be an ISO 4217 currency code: \"XXY\"",
      "2022-04-11,usd,KZT,1         | 2 | 2 | bad.csv line 2, column 2 (base): must be an ISO 4217 currency code: \"usd\"",
      "2022-04-11,USD,USD,1         | 2 | 3 | bad.csv line 2, column 3 (quote): quote must differ from base: \"USD\"",
      "2022-04-11,USD,KZT           | 2 | 0 | bad.csv line 2: a row needs date, base, quote and rate: \"2022-04-11,USD,KZT\"",
  })
  void refusesABadRowNamingLineColumnAndValue(String row, int line, int column, String message) {
    RateTableFormatException e = catchThrowableOfType(RateTableFormatException.class,
        () -> RateTable.parseCsv(new StringReader("date,base,quote,rate\n" + row + "\n"), "bad.csv"));
    assertThat(e).hasMessage(message);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }

  @Test
  void refusesADuplicateRowNamingItsLine() {
    RateTableFormatException e = catchThrowableOfType(RateTableFormatException.class, () -> RateTable.parseCsv(
        new StringReader("date,base,quote,rate\n# c\n2022-04-11,USD,KZT,1\n2022-04-11,USD,KZT,2\n"), "dup.csv"));
    assertThat(e.line()).isEqualTo(4);
    assertThat(e).hasMessageContaining("a rate for KZT per USD on 2022-04-11 is already given");
  }

  @Test
  void refusesAMissingOrWrongHeader() {
    assertThat(catchThrowableOfType(RateTableFormatException.class,
        () -> RateTable.parseCsv(new StringReader("2022-04-11,USD,KZT,1\n"), "h.csv")))
        .hasMessage("h.csv line 1: the header must be date,base,quote,rate[,source]: \"2022-04-11,USD,KZT,1\"");
    assertThat(catchThrowableOfType(RateTableFormatException.class,
        () -> RateTable.parseCsv(new StringReader("# only a comment\n"), "e.csv")))
        .hasMessageContaining("the header date,base,quote,rate is missing");
  }

  @Test
  void readsTheEcbHistoricalLayout() throws IOException {
    String ecb = "Date,USD,JPY,KZT,\n"
        + "2022-04-11,1.0888,135.27,N/A,\n"
        + "2022-04-08,1.0861,134.71,,\n";
    RateTable table = RateTable.parseEcbCsv(new StringReader(ecb), "eurofxref-hist.csv");
    assertThat(table.rates()).hasSize(4);
    ExchangeRate jpyPerUsd = table.find(Money.currency("USD"), Money.currency("JPY"), APRIL_11).orElseThrow();
    assertThat(jpyPerUsd.derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(jpyPerUsd.derivedFrom().get(1).source()).isEqualTo("eurofxref-hist.csv (ECB euro reference rate)");
    assertThat(jpyPerUsd.rate()).isCloseTo(new BigDecimal("124.2377"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
    assertThat(table.find(Money.currency("EUR"), Money.currency("KZT"), APRIL_11)).isEmpty();
  }

  @Test
  void refusesABadEcbCellNamingLineAndColumn() {
    RateTableFormatException e = catchThrowableOfType(RateTableFormatException.class, () -> RateTable.parseEcbCsv(
        new StringReader("Date,USD,JPY\n2022-04-11,1.0888,n/a\n"), "ecb.csv"));
    assertThat(e).hasMessage("ecb.csv line 2, column 3 (currency rate): must be a positive decimal number: \"n/a\"");
  }
}
