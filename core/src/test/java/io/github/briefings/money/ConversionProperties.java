package io.github.briefings.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Conversions through the rates a table derives, against the plain arithmetic on the stated rates:
 * the exact value (a product, or a quotient for an inverse) rounded once, which differs from rounding
 * the product with the derived rate's 34 digits by at most one unit of the last place.
 */
class ConversionProperties {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 11);
  private static final Currency USD = Money.currency("USD");
  private static final Currency KZT = Money.currency("KZT");
  private static final Currency EUR = Money.currency("EUR");

  /** Amounts below 10¹², with up to 8 places. */
  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(12)),
        Arbitraries.integers().between(0, 8)).as(BigDecimal::new);
  }

  /** Positive rates of up to 34 digits, from 10⁻⁶ to below 10⁸, so that every result is within the limits of money. */
  @Provide
  Arbitrary<BigDecimal> rates() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(34).subtract(BigInteger.ONE)),
        Arbitraries.integers().between(-5, 8)).as((digits, whole) -> new BigDecimal(digits, digits.toString().length() - whole));
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  @Property(tries = 400)
  void aStatedRateMultiplies(@ForAll("amounts") BigDecimal amount, @ForAll("rates") BigDecimal kztPerUsd,
      @ForAll("modes") RoundingMode mode) {
    CurrencyConverter converter = converter(kztPerUsd, BigDecimal.ONE, mode);
    assertThat(converter.convert(Money.of(amount, USD), KZT, DAY).result().amount())
        .isEqualTo(amount.multiply(kztPerUsd).setScale(2, mode));
  }

  @Property(tries = 400)
  void anInverseDividesByTheStatedRate(@ForAll("amounts") BigDecimal amount, @ForAll("rates") BigDecimal kztPerUsd,
      @ForAll("modes") RoundingMode mode) {
    Conversion c = converter(kztPerUsd, BigDecimal.ONE, mode).convert(Money.of(amount, KZT), USD, DAY);
    assertThat(c.rate().derivation()).isEqualTo(ExchangeRate.Derivation.INVERSE);
    assertThat(c.result().amount()).isEqualTo(amount.divide(kztPerUsd, 2, mode));
    assertWithinOneUnitOfTheDigits(c, amount);
  }

  @Property(tries = 400)
  void aCrossMultipliesAndDividesByTheStatedRates(@ForAll("amounts") BigDecimal amount,
      @ForAll("rates") BigDecimal kztPerUsd, @ForAll("rates") BigDecimal eurPerUsd, @ForAll("modes") RoundingMode mode) {
    Conversion c = converter(kztPerUsd, eurPerUsd, mode).convert(Money.of(amount, KZT), EUR, DAY);
    assertThat(c.rate().derivation()).isEqualTo(ExchangeRate.Derivation.CROSS);
    assertThat(c.result().amount()).isEqualTo(amount.multiply(eurPerUsd).divide(kztPerUsd, 2, mode));
    assertWithinOneUnitOfTheDigits(c, amount);
  }

  /** Positive rates of up to 20 digits, with up to 12 places. */
  @Provide
  Arbitrary<BigDecimal> shortRates() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(20).subtract(BigInteger.ONE)),
        Arbitraries.integers().between(0, 12)).as(BigDecimal::new);
  }

  @Property(tries = 400)
  void aMultipleOfTheStatedRateConvertsBackWithoutRounding(@ForAll("shortRates") BigDecimal kztPerUsd,
      @ForAll("amounts") BigDecimal anyDollars, @ForAll("modes") RoundingMode mode) {
    BigDecimal dollars = anyDollars.setScale(2, RoundingMode.DOWN).remainder(BigDecimal.TEN.pow(9));
    BigDecimal eurPerUsd = BigDecimal.valueOf(dollars.unscaledValue().longValue() % 1000 + 1);
    Money tenge = Money.of(dollars.multiply(kztPerUsd), KZT);
    CurrencyConverter converter = converter(kztPerUsd, eurPerUsd, RoundingMode.UNNECESSARY);
    assertThat(converter.convert(tenge, USD, DAY).result().amount()).isEqualTo(dollars);
    assertThat(converter.convert(tenge, EUR, DAY).result().amount()).isEqualTo(dollars.multiply(eurPerUsd));
    assertThat(converter.withRoundingMode(mode).convert(tenge, USD, DAY).result().amount()).isEqualTo(dollars);
  }

  private static CurrencyConverter converter(BigDecimal kztPerUsd, BigDecimal eurPerUsd, RoundingMode mode) {
    return CurrencyConverter.of(RateTable.builder().add(ExchangeRate.of(DAY, USD, KZT, kztPerUsd, "x"))
        .add(ExchangeRate.of(DAY, USD, EUR, eurPerUsd, "x")).build()).withRoundingMode(mode);
  }

  /** The exact result and the one the derived rate's own digits give are at most a cent apart. */
  private static void assertWithinOneUnitOfTheDigits(Conversion c, BigDecimal amount) {
    BigDecimal byDigits = amount.multiply(c.rate().rate()).setScale(2, c.roundingMode());
    assertThat(c.result().amount().subtract(byDigits).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
  }
}
