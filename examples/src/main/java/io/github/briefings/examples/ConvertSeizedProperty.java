package io.github.briefings.examples;

import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.money.StatedEquivalent;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * Example: convert the property seized by 11 April 2022 (340 million tenge) to US dollars with a
 * dated reference rate, print the audit trail, and compare with the equivalent the briefing stated.
 */
public final class ConvertSeizedProperty {
  private ConvertSeizedProperty() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    LocalDate day = LocalDate.of(2022, 4, 11);
    Money seized = Money.of("340000000", "KZT");

    // Rates are values the caller passes in: nothing is fetched, so the result is the same years later.
    RateTable rates = Embedded.referenceRates();
    CurrencyConverter converter = CurrencyConverter.of(rates).withDatePolicy(DatePolicy.latestWithin(3));

    // The table holds USD→KZT; the converter derives KZT→USD as its inverse and records that.
    Conversion conversion = converter.convert(seized, Money.currency("USD"), day);
    out.println(conversion.result());
    out.println(conversion.explain());

    // The briefing said "$766,599": which rate does that imply, and how far is it from the reference?
    StatedEquivalent stated = StatedEquivalent.of(seized, Money.of("766599", "USD"), day);
    ExchangeRate reference = stated.referenceRate(rates, DatePolicy.latestWithin(3)).orElseThrow();
    BigDecimal deviation = stated.deviationFrom(reference);
    out.println("stated: " + stated.equivalent() + ", implying " + stated.impliedRate().explain());
    out.println("deviation from the reference: "
        + deviation.movePointRight(2).round(new MathContext(2)).toPlainString() + "%");
  }
}
