package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.testkit.BriefingArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class MoneyProperties {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);

  @Provide
  Arbitrary<Money> money() {
    return BriefingArbitraries.money();
  }

  /** Positive rates from 0.0001 to 100000, with up to 10 significant digits. */
  @Provide
  Arbitrary<BigDecimal> rates() {
    return Combinators.combine(Arbitraries.longs().between(1_000, 9_999_999_999L), Arbitraries.integers().between(5, 7))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  private static final List<Currency> CURRENCIES = Stream.of("KZT", "USD", "EUR", "RUB", "JPY", "BHD")
      .map(Money::currency).collect(Collectors.toList());

  /** An amount, and a currency to convert it to that is never its own: chosen from the others. */
  @Provide
  Arbitrary<Tuple2<Money, Currency>> amountAndTarget() {
    return money().flatMap(m -> Arbitraries.of(CURRENCIES.stream().filter(c -> !c.equals(m.currency()))
        .collect(Collectors.toList())).map(target -> Tuple.of(m, target)));
  }

  @Property
  void statedScaleSurvivesEveryFactory(@ForAll("money") Money m) {
    int scale = m.amount().scale();
    assertThat(Money.of(m.amount(), m.currency()).amount().scale()).isEqualTo(scale);
    assertThat(Money.of(m.amount(), m.currency().getCurrencyCode()).amount().scale()).isEqualTo(scale);
    assertThat(Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode())).isEqualTo(m);
    assertThat(m.plus(Money.of(BigDecimal.ZERO, m.currency())).amount().scale()).isEqualTo(scale);
  }

  @Property
  void roundingNeverMovesAnAmountByMoreThanHalfAMinorUnit(
      @ForAll("amountAndTarget") Tuple2<Money, Currency> conversion, @ForAll("rates") BigDecimal rate) {
    Money m = conversion.get1();
    Currency target = conversion.get2();
    Statistics.label("target").collect(target.getCurrencyCode());
    Statistics.label("target").coverage(c -> CURRENCIES.forEach(each -> c.check(each.getCurrencyCode()).count(n -> n > 0)));
    ExchangeRate r = ExchangeRate.of(DAY, m.currency(), target, rate, "test");
    Conversion c = CurrencyConverter.of(RateTable.builder().add(r).build()).convert(m, target, DAY);
    BigDecimal exact = m.amount().multiply(rate);
    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(c.scale()).divide(BigDecimal.valueOf(2));
    assertThat(c.result().amount().subtract(exact).abs()).isLessThanOrEqualTo(halfUnit);
    assertThat(c.scale()).isEqualTo(Math.max(target.getDefaultFractionDigits(), 0));
  }

  @Property
  void convertingThereAndBackLandsWithinOneMinorUnitPlusTheRoundingOfTheRate(
      @ForAll("amountAndTarget") Tuple2<Money, Currency> conversion, @ForAll("rates") BigDecimal rate) {
    Money m = conversion.get1();
    Currency target = conversion.get2();
    Statistics.label("target").collect(target.getCurrencyCode());
    Statistics.label("target").coverage(c -> CURRENCIES.forEach(each -> c.check(each.getCurrencyCode()).count(n -> n > 0)));
    RateTable table = RateTable.builder().add(ExchangeRate.of(DAY, m.currency(), target, rate, "test")).build();
    CurrencyConverter converter = CurrencyConverter.of(table).withScale(m.amount().scale());
    Money there = CurrencyConverter.of(table).convert(m, target, DAY).result();
    Money back = converter.convert(there, m.currency(), DAY).result();
    // The rounding at the target (half of its minor unit) is divided by the rate on the way back; the
    // rounding at the source adds half a unit of the amount's scale; the inverse rate adds 1e-30 or so.
    BigDecimal sourceUnit = BigDecimal.ONE.movePointLeft(m.amount().scale());
    BigDecimal targetUnit = BigDecimal.ONE.movePointLeft(there.amount().scale());
    BigDecimal bound = sourceUnit.add(targetUnit.divide(rate, MathContext.DECIMAL128))
        .add(m.amount().abs().movePointLeft(30));
    assertThat(back.amount().subtract(m.amount()).abs()).isLessThanOrEqualTo(bound);
  }

  @Property
  void aCrossRateEqualsTheDirectRateWhenTheTableIsConsistent(
      @ForAll("rates") BigDecimal toPivot, @ForAll("rates") BigDecimal fromPivot) {
    Currency kzt = Money.currency("KZT");
    Currency usd = Money.currency("USD");
    Currency eur = Money.currency("EUR");
    RateTable viaPivot = RateTable.builder().add(ExchangeRate.of(DAY, kzt, usd, toPivot, "a"))
        .add(ExchangeRate.of(DAY, usd, eur, fromPivot, "b")).build();
    BigDecimal direct = toPivot.multiply(fromPivot);
    ExchangeRate cross = viaPivot.find(kzt, eur, DAY).orElseThrow();
    assertThat(cross.derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(cross.rate()).isEqualByComparingTo(direct.round(MathContext.DECIMAL128));
    ExchangeRate reverse = viaPivot.find(eur, kzt, DAY).orElseThrow();
    BigDecimal relative = reverse.rate().multiply(direct).subtract(BigDecimal.ONE).abs();
    assertThat(relative).isLessThan(new BigDecimal("1e-30"));
  }

  @Property
  void conversionNeverThrowsForAnyAmountAndAnyRateInTheTable(
      @ForAll("amountAndTarget") Tuple2<Money, Currency> conversion, @ForAll("rates") BigDecimal rate,
      @ForAll boolean inverse) {
    Money m = conversion.get1();
    Currency other = conversion.get2();
    ExchangeRate r = inverse ? ExchangeRate.of(DAY, other, m.currency(), rate, "t")
        : ExchangeRate.of(DAY, m.currency(), other, rate, "t");
    Statistics.collect(inverse ? "inverse" : "direct");
    Conversion c = CurrencyConverter.of(RateTable.builder().add(r).build()).convert(m, other, DAY);
    assertThat(c.result().currency()).isEqualTo(other);
    assertThat(c.explain()).startsWith(m + " × ");
  }
}
