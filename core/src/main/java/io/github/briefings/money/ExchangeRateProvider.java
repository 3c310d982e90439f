package io.github.briefings.money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * A source of dated exchange rates, passed by the user to whatever needs rates; the library ships
 * {@link RateTable}. Implementations must be thread-safe and must not throw for a missing rate.
 *
 * <p>Only {@link #find(Currency, Currency, LocalDate)} must be implemented; the policy-aware look-up
 * asks it for each date from the one asked back to the earliest the policy allows.
 */
@FunctionalInterface
public interface ExchangeRateProvider {

  /**
   * Finds the rate for a currency pair on exactly one date.
   *
   * @param base the currency of which one unit is priced, not null
   * @param quote the currency the price is in, not null
   * @param date the day, not null
   * @return the rate, dated {@code date}; empty when there is none
   */
  Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate date);

  /**
   * Finds the rate for a currency pair on a date, or an earlier one as the policy allows; the rate
   * found is dated the day used.
   *
   * @param base the currency of which one unit is priced, not null
   * @param quote the currency the price is in, not null
   * @param date the day asked, not null
   * @param policy what to do when that day has no rate, not null
   * @return the latest rate the policy accepts, or empty
   */
  default Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate date, DatePolicy policy) {
    for (int back = 0; back <= policy.maxDaysEarlier(); back++) {
      Optional<ExchangeRate> rate = find(base, quote, date.minusDays(back));
      if (rate.isPresent()) {
        return rate;
      }
    }
    return Optional.empty();
  }
}
