package io.github.briefings.money;

import io.github.briefings.internal.Dates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, in-memory {@link ExchangeRateProvider}: rates built in code or read from CSV, with
 * inverse rates and cross rates through a pivot currency derived automatically, each recording how.
 *
 * <pre>{@code
 * RateTable rates = RateTable.readCsv(Path.of("rates.csv"));
 * Optional<ExchangeRate> usdPerKzt = rates.find(kzt, usd, LocalDate.of(2022, 4, 11), DatePolicy.latestWithin(3));
 * }</pre>
 *
 * <p>Look-up order for a pair on a date: a stated rate; else the inverse of a stated rate of the
 * reversed pair; else a cross through each pivot currency in turn (by default every currency of the
 * table, by code). With a {@link DatePolicy} that looks back, the latest date wins within each step,
 * and a stated or inverse rate of an earlier date is preferred to a cross.
 *
 * <p>The CSV layout is a header line {@code date,base,quote,rate[,source]}, then one rate per line:
 * an ISO date, two ISO 4217 codes, quote units per base unit in plain decimal notation, and
 * optionally a source (the rest of the line, commas included; the file name when absent). Blank lines
 * and lines starting with {@code #} are skipped. The European Central Bank's historical layout
 * ({@code Date,USD,JPY,…}, euro rates, {@code N/A} for missing cells) is read by
 * {@link #parseEcbCsv}. A bad row is refused with a {@link RateTableFormatException} naming the
 * line, column and value. Immutable and thread-safe.
 */
public final class RateTable implements ExchangeRateProvider {
  private static final String HEADER = "date,base,quote,rate";
  private static final String[] COLUMNS = {"date", "base", "quote", "rate", "source"};

  /** Stated rates and the inverses of stated rates, by base, quote and date. */
  private final Map<Currency, Map<Currency, NavigableMap<LocalDate, ExchangeRate>>> rates;
  private final List<Currency> pivots;
  private final List<ExchangeRate> stated;
  /**
   * The last rate found and what was asked for it: a run converts many amounts at one date. Read and
   * written without a lock: a {@link Found} is immutable, so a thread sees a whole one or an older
   * one, and a miss only looks the rate up again.
   */
  private Found last;

  /** A rate found, by what was asked. */
  private record Found(Currency base, Currency quote, LocalDate date, DatePolicy policy, ExchangeRate rate) {
    boolean answers(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
      return this.base == base && this.quote == quote && (this.date == date || this.date.equals(date))
          && (this.policy == policy || this.policy.equals(policy));
    }
  }

  private RateTable(List<ExchangeRate> stated, List<Currency> pivots) {
    this.stated = List.copyOf(stated);
    Map<Currency, Map<Currency, NavigableMap<LocalDate, ExchangeRate>>> all = new HashMap<>();
    for (ExchangeRate r : stated) {
      ExchangeRate previous = slot(all, r.base(), r.quote()).put(r.date(), r);
      if (previous != null && previous.derivation() == ExchangeRate.Derivation.DIRECT) {
        throw new IllegalArgumentException("two rates for " + r.quote().getCurrencyCode() + " per "
            + r.base().getCurrencyCode() + " on " + r.date() + ": " + previous.explain() + " and " + r.explain());
      }
      slot(all, r.quote(), r.base()).putIfAbsent(r.date(), r.inverse());
    }
    this.rates = all;
    this.pivots = List.copyOf(pivots);
  }

  private static NavigableMap<LocalDate, ExchangeRate> slot(
      Map<Currency, Map<Currency, NavigableMap<LocalDate, ExchangeRate>>> all, Currency base, Currency quote) {
    return all.computeIfAbsent(base, b -> new HashMap<>()).computeIfAbsent(quote, q -> new TreeMap<>());
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a rate table in the {@code date,base,quote,rate[,source]} layout from a UTF-8 file.
   *
   * @param file not null
   * @return the table, never null
   * @throws IOException if the file cannot be read
   * @throws RateTableFormatException naming the line, column and value of the first bad row
   */
  public static RateTable readCsv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parseCsv(in, file.getFileName().toString());
    }
  }

  /**
   * Reads a rate table in the {@code date,base,quote,rate[,source]} layout.
   *
   * @param in the text, not null; not closed
   * @param name the file name, used in error messages and as the source of rows without one
   * @return the table, never null
   * @throws IOException if the text cannot be read
   * @throws RateTableFormatException naming the line, column and value of the first bad row
   */
  public static RateTable parseCsv(Reader in, String name) throws IOException {
    Builder builder = builder();
    BufferedReader lines = new BufferedReader(in);
    Set<String> seen = new java.util.HashSet<>();
    int number = 0;
    boolean header = false;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equalsIgnoreCase(HEADER) && !line.strip().equalsIgnoreCase(HEADER + ",source")) {
          throw new RateTableFormatException(name, number, 0, "", line, "the header must be " + HEADER + "[,source]");
        }
        header = true;
        continue;
      }
      String[] cells = line.split(",", 5);
      if (cells.length < 4) {
        throw new RateTableFormatException(name, number, 0, "", line, "a row needs date, base, quote and rate");
      }
      LocalDate date = date(name, number, 1, cells[0]);
      Currency base = currency(name, number, 2, COLUMNS[1], cells[1]);
      Currency quote = currency(name, number, 3, COLUMNS[2], cells[2]);
      if (base.equals(quote)) {
        throw new RateTableFormatException(name, number, 3, COLUMNS[2], cells[2], "quote must differ from base");
      }
      BigDecimal rate = rate(name, number, 4, cells[3]);
      String source = cells.length == 5 && !cells[4].isBlank() ? cells[4].strip() : name;
      if (source.length() > ExchangeRate.MAX_SOURCE_LENGTH) {
        throw new RateTableFormatException(name, number, 5, COLUMNS[4], source,
            "must have at most " + ExchangeRate.MAX_SOURCE_LENGTH + " characters");
      }
      if (!seen.add(date + base.getCurrencyCode() + quote.getCurrencyCode())) {
        throw new RateTableFormatException(name, number, 0, "", line,
            "a rate for " + quote.getCurrencyCode() + " per " + base.getCurrencyCode() + " on " + date + " is already given");
      }
      builder.add(ExchangeRate.of(date, base, quote, rate, source));
    }
    if (!header) {
      throw new RateTableFormatException(name, number, 0, "", "", "the header " + HEADER + " is missing");
    }
    return builder.build();
  }

  /**
   * Reads the European Central Bank's historical euro reference rates: a header
   * {@code Date,USD,JPY,…} and one line per day of quote units per euro, {@code N/A} or empty where
   * there is no rate. The source of every rate is {@code name + " (ECB euro reference rate)"}.
   *
   * @param in the text, not null; not closed
   * @param name the file name, used in messages and sources
   * @return the table, never null
   * @throws IOException if the text cannot be read
   * @throws RateTableFormatException naming the line, column and value of the first bad cell
   */
  public static RateTable parseEcbCsv(Reader in, String name) throws IOException {
    Builder builder = builder();
    BufferedReader lines = new BufferedReader(in);
    String source = name + " (ECB euro reference rate)";
    Currency euro = Currency.getInstance("EUR");
    String first = lines.readLine();
    if (first == null || !first.startsWith("Date,")) {
      throw new RateTableFormatException(name, 1, 0, "", first == null ? "" : first, "the header must start with Date,");
    }
    String[] header = first.split(",", -1);
    List<Currency> quotes = new ArrayList<>();
    for (int i = 1; i < header.length; i++) {
      quotes.add(header[i].isBlank() ? null : currency(name, 1, i + 1, "currency", header[i]));
    }
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      LocalDate date = date(name, number, 1, cells[0]);
      for (int i = 1; i < cells.length; i++) {
        String cell = cells[i].strip();
        if (cell.isEmpty() || cell.equals("N/A")) {
          continue;
        }
        Currency quote = i - 1 < quotes.size() ? quotes.get(i - 1) : null;
        if (quote == null) {
          throw new RateTableFormatException(name, number, i + 1, "?", cell, "a rate under no currency of the header");
        }
        builder.add(ExchangeRate.of(date, euro, quote, rate(name, number, i + 1, cell), source));
      }
    }
    return builder.build();
  }

  private static LocalDate date(String file, int line, int column, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new RateTableFormatException(file, line, column, "date", text, "must be an ISO date such as 2022-04-11");
    }
    if (!Dates.inRange(date)) {
      throw new RateTableFormatException(file, line, column, "date", text,
          "must be between " + Dates.EARLIEST + " and " + Dates.LATEST);
    }
    return date;
  }

  private static Currency currency(String file, int line, int column, String columnName, String text) {
    try {
      return Money.currency(text.strip());
    } catch (IllegalArgumentException e) {
      throw new RateTableFormatException(file, line, column, columnName, text, "must be an ISO 4217 currency code");
    }
  }

  private static BigDecimal rate(String file, int line, int column, String text) {
    String name = column == 4 ? "rate" : "currency rate";
    BigDecimal rate;
    try {
      rate = Money.parseAmount(text.strip());
    } catch (IllegalArgumentException e) {
      throw new RateTableFormatException(file, line, column, name, text, "must be a positive decimal number");
    }
    if (rate.signum() <= 0) {
      throw new RateTableFormatException(file, line, column, name, text, "must be a positive decimal number");
    }
    if (rate.precision() > ExchangeRate.MAX_PRECISION) {
      throw new RateTableFormatException(file, line, column, name, text,
          "must have at most " + ExchangeRate.MAX_PRECISION + " significant digits");
    }
    return rate;
  }

  @Override
  public Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate date) {
    return find(base, quote, date, DatePolicy.exactDate());
  }

  @Override
  public Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
    return Optional.ofNullable(rate(base, quote, date, policy));
  }

  /** Returns what {@link #find} finds, or null: the converter asks here, and makes no Optional. */
  ExchangeRate rate(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    Found found = last;
    if (found != null && found.answers(base, quote, date, policy)) {
      return found.rate();
    }
    ExchangeRate rate = lookUp(base, quote, date, policy).orElse(null);
    if (rate != null) {
      last = new Found(base, quote, date, policy, rate);
    }
    return rate;
  }

  private Optional<ExchangeRate> lookUp(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
    ExchangeRate stated = latest(base, quote, date, policy);
    if (stated != null) {
      return Optional.of(stated);
    }
    for (Currency pivot : pivots) {
      if (pivot.equals(base) || pivot.equals(quote)) {
        continue;
      }
      ExchangeRate first = latest(base, pivot, date, policy);
      if (first != null) {
        ExchangeRate second = latest(pivot, quote, date, policy);
        if (second != null) {
          return Optional.of(ExchangeRate.cross(first, second));
        }
      }
    }
    return Optional.empty();
  }

  private ExchangeRate latest(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
    Map<Currency, NavigableMap<LocalDate, ExchangeRate>> byQuote = rates.get(Objects.requireNonNull(base, "base must not be null"));
    NavigableMap<LocalDate, ExchangeRate> byDate = byQuote == null ? null : byQuote.get(Objects.requireNonNull(quote, "quote must not be null"));
    if (byDate == null) {
      return null;
    }
    Map.Entry<LocalDate, ExchangeRate> found = byDate.floorEntry(date);
    if (found == null || found.getKey().isBefore(date.minusDays(policy.maxDaysEarlier()))) {
      return null;
    }
    return found.getValue();
  }

  /**
   * Returns the rates stated in the table, in the order added; never the derived ones.
   *
   * @return the rates stated in the table, in the order added; never the derived ones
   */
  public List<ExchangeRate> rates() {
    return stated;
  }

  /**
   * Returns the pivot currencies tried for cross rates, in order.
   *
   * @return the pivot currencies tried for cross rates, in order
   */
  public List<Currency> pivots() {
    return pivots;
  }

  /** Builds a {@link RateTable}; not thread-safe. */
  public static final class Builder {
    private final List<ExchangeRate> rates = new ArrayList<>();
    private List<Currency> pivots;

    private Builder() {}

    /**
     * Adds a stated rate.
     *
     * @param rate a rate with {@link ExchangeRate.Derivation#DIRECT} derivation, not null
     * @return this builder
     * @throws IllegalArgumentException if the rate is derived
     */
    public Builder add(ExchangeRate rate) {
      if (rate.derivation() != ExchangeRate.Derivation.DIRECT) {
        throw new IllegalArgumentException("a table holds stated rates only; derived: " + rate.explain());
      }
      rates.add(rate);
      return this;
    }

    /**
     * Adds a stated rate.
     *
     * @param date the day, not null
     * @param base the ISO 4217 code of the priced currency
     * @param quote the ISO 4217 code of the currency of the price
     * @param rate quote units per base unit, in plain decimal notation
     * @param source where the rate comes from, not blank
     * @return this builder
     * @throws IllegalArgumentException if a code or the rate is malformed
     */
    public Builder add(LocalDate date, String base, String quote, String rate, String source) {
      return add(ExchangeRate.of(date, Money.currency(base), Money.currency(quote), Money.parseAmount(rate), source));
    }

    /**
     * Adds every stated rate of another table.
     *
     * @param table not null
     * @return this builder
     */
    public Builder addAll(RateTable table) {
      table.rates().forEach(this::add);
      return this;
    }

    /**
     * Sets the pivot currencies tried, in order, for cross rates; by default every currency of the
     * table, ordered by code.
     *
     * @param pivots not null; none to turn cross rates off
     * @return this builder
     */
    public Builder pivots(Currency... pivots) {
      this.pivots = List.of(pivots);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, never null
     * @throws IllegalArgumentException if two stated rates share pair and date
     */
    public RateTable build() {
      List<Currency> p = pivots;
      if (p == null) {
        Set<Currency> all = new LinkedHashSet<>();
        for (ExchangeRate r : rates) {
          all.add(r.base());
          all.add(r.quote());
        }
        List<Currency> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Currency::getCurrencyCode));
        p = Collections.unmodifiableList(sorted);
      }
      return new RateTable(rates, p);
    }
  }
}
