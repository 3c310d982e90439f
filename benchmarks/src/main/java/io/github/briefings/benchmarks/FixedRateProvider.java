package io.github.briefings.benchmarks;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.convert.ExchangeRateBuilder;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.javamoney.moneta.spi.LazyBoundCurrencyConversion;

/**
 * One fixed exchange rate as a JSR 354 provider, for Moneta: the rate providers Moneta ships load
 * their rates over the network, which benchmarks must not.
 */
final class FixedRateProvider implements ExchangeRateProvider {
  private static final ProviderContext CONTEXT = ProviderContextBuilder.of("FIXED", RateType.HISTORIC).build();
  private final ExchangeRate rate;

  FixedRateProvider(CurrencyUnit base, CurrencyUnit term, BigDecimal factor) {
    this.rate = new ExchangeRateBuilder(ConversionContext.of("FIXED", RateType.HISTORIC)).setBase(base).setTerm(term)
        .setFactor(DefaultNumberValue.of(factor)).build();
  }

  @Override
  public ProviderContext getContext() {
    return CONTEXT;
  }

  @Override
  public ExchangeRate getExchangeRate(ConversionQuery query) {
    if (query.getBaseCurrency().equals(rate.getBaseCurrency()) && query.getCurrency().equals(rate.getCurrency())) {
      return rate;
    }
    throw new CurrencyConversionException(query.getBaseCurrency(), query.getCurrency(), null, "no fixed rate");
  }

  @Override
  public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
    return new LazyBoundCurrencyConversion(query, this, ConversionContext.of("FIXED", RateType.HISTORIC));
  }
}
