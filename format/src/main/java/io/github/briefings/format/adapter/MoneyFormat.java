package io.github.briefings.format.adapter;

import static io.github.briefings.format.adapter.Property.list;
import static io.github.briefings.format.adapter.Property.nullable;
import static io.github.briefings.format.adapter.Property.required;
import static io.github.briefings.format.adapter.Property.text;

import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The money types (package {@code io.github.briefings.money}): amounts of money, written and read as
 * the {@link AmountRepresentation} says and never through {@code double}; exchange rates, read back
 * only when they match their derivation; conversions, read back only when they convert again to what
 * is written.
 */
final class MoneyFormat implements Reader<Money>, Writer<Money> {
  private static final Writer<Currency> CURRENCY = (out, c) -> out.string(c.getCurrencyCode());

  private final boolean numbers;
  private final ObjectFormat<Money> money;
  final ObjectFormat<Conversion> conversion;

  MoneyFormat(AmountRepresentation amounts) {
    this.numbers = amounts == AmountRepresentation.NUMBER;
    Property<Money, BigDecimal> amount = required("amount", this::amount, this::writeAmount, Money::amount);
    Property<Money, Currency> currency = required("currency", MoneyFormat::currency, CURRENCY, Money::currency);
    this.money = new ObjectFormat<>("an amount of money", List.of(amount, currency),
        values -> Money.of(values.get(amount), values.get(currency).getCurrencyCode()));
    this.conversion = conversion();
  }

  /** Reads an amount as the option says: a decimal string, or a JSON number; never through double. */
  private BigDecimal amount(JsonIn in) throws IOException {
    Token t = in.token();
    boolean number = t == Token.INTEGER || t == Token.DECIMAL;
    if (numbers ? !number : t != Token.STRING) {
      Json.expected(in, numbers ? "an amount as a JSON number" : "an amount as a decimal string such as \"340000000\"");
    }
    try {
      return Money.parseAmount(in.text());
    } catch (IllegalArgumentException e) {
      return in.fail(e.getMessage());
    }
  }

  private void writeAmount(JsonOut out, BigDecimal amount) throws IOException {
    if (numbers) {
      out.number(amount.toPlainString());
    } else {
      out.string(amount.toPlainString());
    }
  }

  private static Currency currency(JsonIn in) throws IOException {
    String code = Json.string(in);
    try {
      return Money.currency(code);
    } catch (IllegalArgumentException e) {
      return in.fail(e.getMessage());
    }
  }

  @Override
  public Money read(JsonIn in) throws IOException {
    return money.read(in);
  }

  @Override
  public void write(JsonOut out, Money value) throws IOException {
    money.write(out, value);
  }

  /** A rate; a derived rate is derived again from its parts and must match what is written. */
  private static ObjectFormat<ExchangeRate> rate() {
    Property<ExchangeRate, LocalDate> date = required("date", Json::date, ModelFormat.DATE, ExchangeRate::date);
    Property<ExchangeRate, Currency> base = required("base", MoneyFormat::currency, CURRENCY, ExchangeRate::base);
    Property<ExchangeRate, Currency> quote = required("quote", MoneyFormat::currency, CURRENCY, ExchangeRate::quote);
    Property<ExchangeRate, BigDecimal> value = required("rate", MoneyFormat::readRate,
        (out, r) -> out.string(r.toPlainString()), ExchangeRate::rate);
    Property<ExchangeRate, String> source = text("source", ExchangeRate::source);
    EnumFormat<ExchangeRate.Derivation> derivations = new EnumFormat<>(ExchangeRate.Derivation.class);
    Property<ExchangeRate, ExchangeRate.Derivation> derivation = required("derivation", derivations, derivations,
        ExchangeRate::derivation);
    Property<ExchangeRate, List<ExchangeRate>> derivedFrom = list("derivedFrom", "exchange rates",
        MoneyFormat::readDerived, MoneyFormat::writeRate, ExchangeRate::derivedFrom);
    return new ObjectFormat<>("an exchange rate", List.of(date, base, quote, value, source, derivation, derivedFrom),
        values -> {
          ExchangeRate direct = ExchangeRate.of(values.get(date), values.get(base), values.get(quote), values.get(value),
              values.get(source));
          ExchangeRate.Derivation how = values.get(derivation);
          List<ExchangeRate> from = values.find(derivedFrom).orElse(List.of());
          int parts = how == ExchangeRate.Derivation.DIRECT ? 0 : how == ExchangeRate.Derivation.INVERSE ? 1 : 2;
          if (from.size() != parts) {
            values.fail("a " + how + " rate is derived from " + parts + " rates, found " + from.size());
          }
          if (parts == 0) {
            return direct;
          }
          ExchangeRate derived = parts == 1 ? from.get(0).inverse() : ExchangeRate.cross(from.get(0), from.get(1));
          if (!derived.date().equals(direct.date()) || !derived.base().equals(direct.base())
              || !derived.quote().equals(direct.quote()) || !derived.rate().equals(direct.rate())
              || !derived.source().equals(direct.source())) {
            values.fail("the rate does not match its derivation: derivedFrom gives " + derived.explain()
                + " (source " + derived.source() + ")");
          }
          return derived;
        });
  }

  private static BigDecimal readRate(JsonIn in) throws IOException {
    try {
      return Money.parseAmount(Json.string(in));
    } catch (IllegalArgumentException e) {
      return in.fail("expected a rate as a plain decimal string such as \"443.5174\", found " + Json.found(in));
    }
  }

  /** An exchange rate; the rates it is derived from are read and written by the same table. */
  static final ObjectFormat<ExchangeRate> RATE = rate();

  private static ExchangeRate readDerived(JsonIn in) throws IOException {
    return RATE.read(in);
  }

  private static void writeRate(JsonOut out, ExchangeRate r) throws IOException {
    RATE.write(out, r);
  }

  /** A conversion, read by converting again: the result and explanation must match what is written. */
  private ObjectFormat<Conversion> conversion() {
    Property<Conversion, Money> source = required("source", this, this, Conversion::source);
    Property<Conversion, Money> result = required("result", this, this, Conversion::result);
    Property<Conversion, ExchangeRate> rateUsed = required("rate", RATE, RATE, Conversion::rate);
    Property<Conversion, LocalDate> requested = required("requestedDate", Json::date, ModelFormat.DATE,
        Conversion::requestedDate);
    EnumFormat<RoundingMode> roundingModes = new EnumFormat<>(RoundingMode.class);
    Property<Conversion, RoundingMode> rounding = required("roundingMode", roundingModes, roundingModes,
        Conversion::roundingMode);
    Property<Conversion, String> explanation = nullable("explanation", Json::string, Json.STRING,
        Conversion::explain);
    return new ObjectFormat<>("a conversion", List.of(source, result, rateUsed, requested, rounding, explanation),
        values -> {
          Money written = values.get(result);
          Conversion again = CurrencyConverter.of((b, q, day) -> Optional.empty())
              .withRoundingMode(values.get(rounding)).withScale(written.amount().scale())
              .convert(values.get(source), values.get(rateUsed), values.get(requested));
          if (!again.result().equals(written)) {
            values.fail("the result " + written + " does not match the conversion, which gives " + again.result());
          }
          if (values.has(explanation) && !again.explain().equals(values.get(explanation))) {
            values.fail("the explanation does not match the conversion, which reads \"" + again.explain() + "\"");
          }
          return again;
        });
  }
}
