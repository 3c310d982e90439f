package io.github.briefings.model;

import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the broken invariants of one value being built, then throws them all at once. */
final class Problems {
  private List<String> found = List.of(); // most values have no problem: the list is made for the first

  void add(String problem) {
    if (found.isEmpty()) {
      found = new ArrayList<>(2);
    }
    found.add(problem);
  }

  void addAll(String prefix, List<String> problems) {
    for (String p : problems) {
      add(prefix + p);
    }
  }

  void nonNegative(String field, long value) {
    if (value < 0) {
      add(field + " must not be negative: " + value);
    }
  }

  /** A lowercase slug of at most {@link Limits#MAX_SLUG_LENGTH} characters. */
  void slug(String field, String value) {
    if (value.length() > Limits.MAX_SLUG_LENGTH) {
      tooLong(field, value, Limits.MAX_SLUG_LENGTH);
    } else if (!Texts.isSlug(value)) {
      add(field + " must be a lowercase slug (letters, digits, single hyphens): " + Texts.quote(value));
    }
  }

  /** Returns whether {@link #slug} finds nothing wrong with the value. */
  static boolean isSlug(String value) {
    return value.length() <= Limits.MAX_SLUG_LENGTH && Texts.isSlug(value);
  }

  /** Returns whether {@link #notBlank} finds nothing wrong with the value. */
  static boolean isName(String value) {
    return value.length() <= Limits.MAX_NAME_LENGTH && !Texts.isBlank(value);
  }

  /** A short text with something visible in it, of at most {@link Limits#MAX_NAME_LENGTH} characters. */
  void notBlank(String field, String value) {
    text(field, value, Limits.MAX_NAME_LENGTH);
  }

  /** A free text with something visible in it, of at most {@link Limits#MAX_TEXT_LENGTH} characters. */
  void freeText(String field, String value) {
    text(field, value, Limits.MAX_TEXT_LENGTH);
  }

  private void text(String field, String value, int max) {
    if (value.length() > max) {
      tooLong(field, value, max);
    } else if (Texts.isBlank(value)) {
      add(field + " must not be blank: " + Texts.quote(value));
    }
  }

  private void tooLong(String field, String value, int max) {
    add(field + " must have at most " + String.format(java.util.Locale.ROOT, "%,d", max) + " characters: "
        + Texts.quote(value));
  }

  /** A date between {@link Limits#EARLIEST_DATE} and {@link Limits#LATEST_DATE}. */
  void date(String field, LocalDate value) {
    if (!Dates.inRange(value)) {
      add(Dates.outOfRange(field, value));
    }
  }

  /**
   * An amount of money as stated: not negative; a range's high end in its currency and not below it,
   * and no high end otherwise; "fewer than" above zero; an equivalent not negative and in another
   * currency.
   */
  void statedAmount(io.github.briefings.money.Money amount, Qualifier qualifier,
      java.util.Optional<io.github.briefings.money.Money> high,
      java.util.Optional<io.github.briefings.money.Money> equivalent) {
    if (amount.amount().signum() < 0) {
      add("amount must not be negative: " + amount);
    }
    if (qualifier == Qualifier.RANGE) {
      if (high.isEmpty()) {
        add("amount is a range but has no high end");
      } else if (!high.get().currency().equals(amount.currency())) {
        add("high must be in the currency of the amount: " + high.get());
      } else if (high.get().compareTo(amount) < 0) {
        add("range low must not exceed high: " + amount + " > " + high.get());
      }
    } else if (high.isPresent()) {
      add("amount has a high end (" + high.get() + ") but is not a range: " + qualifier);
    }
    if (qualifier == Qualifier.FEWER_THAN && amount.amount().signum() == 0) {
      add("amount cannot be fewer than 0");
    }
    equivalent.ifPresent(e -> {
      if (e.amount().signum() < 0) {
        add("statedEquivalent must not be negative: " + e);
      }
      if (e.currency().equals(amount.currency())) {
        add("statedEquivalent must be in another currency than the amount: " + e);
      }
    });
  }

  /** Returns whether a problem was found. */
  boolean any() {
    return !found.isEmpty();
  }

  void throwIfAny(String type) {
    if (!found.isEmpty()) {
      throw new InvalidValueException(type, found);
    }
  }
}
