package io.github.briefings.model;

import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the broken invariants of one value being built, then throws them all at once. */
final class Problems {
  private final List<String> found = new ArrayList<>(0);

  void add(String problem) {
    found.add(problem);
  }

  void addAll(String prefix, List<String> problems) {
    for (String p : problems) {
      found.add(prefix + p);
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

  void throwIfAny(String type) {
    if (!found.isEmpty()) {
      throw new InvalidValueException(type, found);
    }
  }
}
