package io.github.briefings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the broken invariants of one value being built, then throws them all at once. */
final class Problems {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final List<String> found = new ArrayList<>(0);

  static boolean isSlug(String s) {
    return SLUG.matcher(s).matches();
  }

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

  void slug(String field, String value) {
    if (!isSlug(value)) {
      add(field + " must be a lowercase slug (letters, digits, single hyphens): \"" + value + "\"");
    }
  }

  void notBlank(String field, String value) {
    if (value.isBlank()) {
      add(field + " must not be blank");
    }
  }

  void throwIfAny(String type) {
    if (!found.isEmpty()) {
      throw new InvalidValueException(type, found);
    }
  }
}
