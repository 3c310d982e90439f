package io.github.briefings.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.jackson.BriefingsModule;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.StandardRules;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.CurrencyConversion;

/**
 * Both sides of every comparison, as plain methods: the JMH benchmarks call them, and the smoke test
 * checks that both sides of each pair give the same answer. Built once; thread-safe after that.
 */
public final class Comparisons {
  /**
   * Moneta and Hibernate Validator log at INFO when first used, once in every JMH fork; the loggers
   * are held here so that their level stays set.
   */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.javamoney.moneta"),
      Logger.getLogger("org.hibernate.validator"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
  }

  /** The day of the seed briefing, and of the conversion. */
  static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);
  /** The reference rate of the day, as the examples' table holds it. */
  static final BigDecimal KZT_PER_USD = new BigDecimal("443.83157");
  /** Its inverse, as the converter derives it: 34 significant digits. */
  static final BigDecimal USD_PER_KZT = BigDecimal.ONE.divide(KZT_PER_USD, MathContext.DECIMAL128);

  final byte[] seedJson;
  final ObjectMapper module = new ObjectMapper().registerModule(new BriefingsModule());
  final ObjectMapper plain = new ObjectMapper();
  final Briefing seed;
  final Plain.Briefing plainSeed;
  final Validator validator = Validator.standard();
  final jakarta.validation.Validator hibernate;
  private final ValidatorFactory factory;
  final CurrencyConverter converter;
  final Money amount = Money.of("340000000", "KZT");
  final Currency usd = Currency.getInstance("USD");
  final MonetaryAmount monetaAmount = org.javamoney.moneta.Money.of(new BigDecimal("340000000"), "KZT");
  final CurrencyConversion monetaConversion;
  final CurrencyUnit monetaUsd = Monetary.getCurrency("USD");

  public Comparisons() {
    try (InputStream in = Comparisons.class.getResourceAsStream("seed/kz-2022-04-11.json")) {
      seedJson = in.readAllBytes();
      seed = module.readValue(seedJson, Briefing.class);
      plainSeed = plain.readValue(seedJson, Plain.Briefing.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
    converter = CurrencyConverter.of(RateTable.builder().add(APRIL_11, "USD", "KZT", KZT_PER_USD.toPlainString(), "oxr")
        .build());
    monetaConversion = new FixedRateProvider(Monetary.getCurrency("KZT"), monetaUsd, USD_PER_KZT)
        .getCurrencyConversion(monetaUsd);
  }

  // ---------------------------------------------------------------- reading and writing

  Briefing readModule() throws IOException {
    return module.readValue(seedJson, Briefing.class);
  }

  Plain.Briefing readRecords() throws IOException {
    return plain.readValue(seedJson, Plain.Briefing.class);
  }

  ValidationReport readAndValidate() throws IOException {
    return validator.validate(module.readValue(seedJson, Briefing.class));
  }

  byte[] writeModule() throws IOException {
    return module.writeValueAsBytes(seed);
  }

  byte[] writeRecords() throws IOException {
    return plain.writeValueAsBytes(plainSeed);
  }

  // ---------------------------------------------------------------- validation

  ValidationReport validateOurs() {
    return validator.validate(seed);
  }

  Set<ConstraintViolation<Plain.Briefing>> validateHibernate() {
    return hibernate.validate(plainSeed);
  }

  /** The property each of the standard rules checked by both is named by on the records. */
  static final Map<String, String> SAME_CHECKS = Map.ofEntries(
      Map.entry(StandardRules.CUSTODY_WITHIN_SUSPECTS, "custodyWithinSuspects"),
      Map.entry(StandardRules.CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, "custodyAndReleasedWithinSuspects"),
      Map.entry(StandardRules.TRIAL_WITHIN_SUSPECTS, "trialWithinSuspects"),
      Map.entry(StandardRules.CHARGED_WITHIN_SUSPECTS, "chargedWithinSuspects"),
      Map.entry(StandardRules.VERDICTS_WITHIN_TRIAL, "verdictsWithinTrial"),
      Map.entry(StandardRules.PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, "convictionRoutesWithinConvicted"),
      Map.entry(StandardRules.SENTENCED_WITHIN_CONVICTED, "sentencedWithinConvicted"),
      Map.entry(StandardRules.SENTENCES_BY_KIND_WITHIN_SENTENCED, "sentencesWithinTotal"),
      Map.entry(StandardRules.CATEGORIES_WITHIN_TOTAL, "personsByCategoryWithinTotal"),
      Map.entry(StandardRules.LEADERS_WITHIN_MEMBERS, "leadersWithinMembers"),
      Map.entry(StandardRules.TYPES_WITHIN_SEIZED, "byTypeWithinSeized"),
      Map.entry(StandardRules.SURRENDERED_WITHIN_SEIZED, "surrenderedWithinSeized"),
      Map.entry(StandardRules.RECOVERED_WITHIN_STOLEN, "recoveredWithinStolen"));

  // ---------------------------------------------------------------- conversion

  Conversion convertOurs() {
    return converter.convert(amount, usd, APRIL_11);
  }

  MonetaryAmount convertMoneta() {
    return monetaAmount.with(monetaConversion).with(Monetary.getDefaultRounding());
  }

  /** The arithmetic as one writes it with the inverse rate: multiply by its 34 digits, then round. */
  BigDecimal convertBigDecimal() {
    return amount.amount().multiply(USD_PER_KZT).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The arithmetic the converter does for an inverse rate: divide by the stated rate, rounding once. */
  BigDecimal divideBigDecimal() {
    return amount.amount().divide(KZT_PER_USD, 2, RoundingMode.HALF_EVEN);
  }

  // ---------------------------------------------------------------- series

  /**
   * The briefings of a series of {@code n} daily briefings, each the seed briefing (about 45 figures in eight sections)
   * with its convictions rising: a series as monitors keep one, long.
   */
  static List<Briefing> series(int n) {
    Briefing seed;
    try (InputStream in = Comparisons.class.getResourceAsStream("seed/kz-2022-04-11.json")) {
      seed = new ObjectMapper().registerModule(new BriefingsModule()).readValue(in, Briefing.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DetentionStats detention = seed.detention().get(0);
    List<Briefing> briefings = new ArrayList<>(n);
    LocalDate start = LocalDate.of(1901, 1, 1);
    for (int i = 0; i < n; i++) {
      briefings.add(Briefing.builder().from(seed).id("b-" + i).date(start.plusDays(i))
          .detention(List.of(DetentionStats.builder().from(detention).convicted(Count.exactly(168L + i)).build()))
          .build());
    }
    return briefings;
  }

  void close() {
    factory.close();
  }

  /** Sentences of the kind briefings are made of, with figures, dates and names among them. */
  private static final String PARAGRAPH = String.join("\n",
      "On 11 April 2022, the Deputy Head of the 1st Service gave a briefing at the Central Communications Service.",
      "\u00b7 To date, 547 persons are considered suspects of organizing and participating in mass riots, of which"
          + " 269 are under arrest.",
      "\u00b7 As of today, 1,090 criminal cases are under investigation under Article 272 of the Criminal Code.",
      "\u00b7 The country's police found and seized 1,430 weapons and more than 35,000 ammunition. This includes 323"
          + " pistols, 148 assault rifles and 195 traumatic pistols.",
      "\u00b7 Stolen property estimated at 340 million tenge ($766,599 USD) has been seized; about twelve groups were"
          + " involved, between 20 and 30 of their members are wanted.",
      "");

  /** Briefing text of at least the given length, in characters. */
  static String briefingText(int length) {
    StringBuilder text = new StringBuilder(length + PARAGRAPH.length());
    while (text.length() < length) {
      text.append(PARAGRAPH);
    }
    return text.toString();
  }
}
