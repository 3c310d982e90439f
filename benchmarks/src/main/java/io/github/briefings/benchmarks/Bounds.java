package io.github.briefings.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The interval logic of the standard rules, written out for the plain records: the values a figure
 * allows, "about N" read with 10% (the default tolerance), and a relation that is violated only when
 * it holds for no value the figures allow.
 */
final class Bounds {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.10");

  private Bounds() {}

  static long lower(Plain.Count c) {
    if (c.qualifier() == null) {
      return c.value();
    }
    switch (c.qualifier()) {
      case "MORE_THAN":
        return c.value() == Long.MAX_VALUE ? Long.MAX_VALUE : c.value() + 1;
      case "AT_MOST":
      case "FEWER_THAN":
        return 0;
      case "APPROXIMATELY":
        BigDecimal n = BigDecimal.valueOf(c.value());
        return n.subtract(n.multiply(TOLERANCE)).setScale(0, RoundingMode.FLOOR).max(BigDecimal.ZERO).longValueExact();
      default: // EXACT, AT_LEAST, RANGE
        return c.value();
    }
  }

  static long upper(Plain.Count c) {
    if (c.qualifier() == null) {
      return c.value();
    }
    switch (c.qualifier()) {
      case "MORE_THAN":
      case "AT_LEAST":
        return Long.MAX_VALUE;
      case "FEWER_THAN":
        return Math.max(c.value() - 1, 0);
      case "APPROXIMATELY":
        BigDecimal n = BigDecimal.valueOf(c.value());
        BigDecimal hi = n.add(n.multiply(TOLERANCE)).setScale(0, RoundingMode.CEILING);
        return hi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : hi.longValueExact();
      case "RANGE":
        return c.high();
      default: // EXACT, AT_MOST
        return c.value();
    }
  }

  /** Whether the sum of the parts may be at most the sum of the whole: false only when it certainly is not. */
  static boolean atMost(List<Plain.Count> parts, List<Plain.Count> whole) {
    long low = 0;
    boolean anyPart = false;
    for (Plain.Count p : parts) {
      if (p != null) {
        low = saturatingAdd(low, lower(p));
        anyPart = true;
      }
    }
    long high = 0;
    boolean anyWhole = false;
    for (Plain.Count w : whole) {
      if (w != null) {
        high = saturatingAdd(high, upper(w));
        anyWhole = true;
      }
    }
    return !anyPart || !anyWhole || low <= high;
  }

  /** Whether a breakdown may fit its total, as its coverage says: each part alone when overlapping. */
  static <P> boolean partsWithinTotal(Plain.Breakdown<P> breakdown, Function<P, Plain.Count> count, Plain.Count total) {
    if (breakdown == null || breakdown.parts() == null || total == null) {
      return true;
    }
    List<Plain.Count> parts = breakdown.parts().stream().map(count).toList();
    if ("OVERLAPPING".equals(breakdown.coverage())) {
      return parts.stream().allMatch(p -> atMost(Arrays.asList(p), Arrays.asList(total)));
    }
    boolean within = atMost(parts, Arrays.asList(total));
    if ("EXHAUSTIVE".equals(breakdown.coverage())) {
      return within && atMost(Arrays.asList(total), parts);
    }
    return within;
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
