package io.github.briefings.examples.cli;

import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.DatePolicy;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts an amount with a dated rate and prints the result and its audit trail.")
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AMOUNT", description = "in plain decimal notation, such as 340000000")
  private String amount;

  @Parameters(index = "1", paramLabel = "CURRENCY", description = "ISO 4217 code, such as KZT")
  private String currency;

  @Option(names = "--to", required = true, paramLabel = "CURRENCY", description = "the currency to convert to")
  private String target;

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "the day of the rate, such as 2022-04-11")
  private LocalDate date;

  @Option(names = "--rates", paramLabel = "FILE.csv",
      description = "exchange rates (date,base,quote,rate[,source]); the embedded table by default")
  private Path rates;

  @Option(names = "--days", paramLabel = "N", defaultValue = "0",
      description = "use the latest rate at most N days before DATE when DATE has none (default 0)")
  private int days;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Money money;
    Currency to;
    DatePolicy policy;
    RateTable table;
    try {
      money = Money.of(amount, currency);
      to = Money.currency(target);
      policy = DatePolicy.latestWithin(days);
      table = Inputs.rates(rates);
    } catch (IllegalArgumentException | InputException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (to.equals(money.currency())) {
      err.println("the amount is already in " + to.getCurrencyCode());
      return 2;
    }
    Optional<Conversion> conversion = CurrencyConverter.of(table).withDatePolicy(policy).tryConvert(money, to, date);
    if (conversion.isEmpty()) {
      err.println("no rate for " + to.getCurrencyCode() + " per " + money.currency().getCurrencyCode() + " on " + date
          + " (" + policy + ") in " + (rates == null ? "the embedded rates" : rates) + "; " + holds(table)
          + "; give rates for that day with --rates FILE.csv, or accept an earlier one with --days N");
      return 2;
    }
    out.println(conversion.get().result());
    out.println(conversion.get().explain());
    return 0;
  }

  /** Says what a rate table holds: {@code it holds 2 rates, from 2022-04-11 to 2022-04-25}. */
  private static String holds(RateTable table) {
    List<ExchangeRate> all = table.rates();
    if (all.isEmpty()) {
      return "it holds no rate";
    }
    LocalDate first = all.stream().map(ExchangeRate::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = all.stream().map(ExchangeRate::date).max(LocalDate::compareTo).orElseThrow();
    return "it holds " + all.size() + (all.size() == 1 ? " rate" : " rates") + ", from " + first + " to " + last;
  }
}
