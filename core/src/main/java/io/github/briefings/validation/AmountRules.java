package io.github.briefings.validation;

import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DamagedParty;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.money.StatedEquivalent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The standard rules on amounts of money: damage parts within the total, and stated equivalents. */
final class AmountRules {
  private AmountRules() {}

  /** An amount with a stated equivalent, where the briefing states it. */
  record Equivalent(String path, Money amount, Money equivalent, LocalDate date) {}

  /**
   * Every amount of the briefing with a stated equivalent, found once per validation: property
   * recoveries, damage totals and parts.
   */
  static List<Equivalent> equivalents(Briefing b, RuleContext f) {
    return f instanceof CollectingContext run ? run.shared(EQUIVALENTS, () -> equivalents(b)) : equivalents(b);
  }

  /** The key under which the rules of a validation share the briefing's equivalents. */
  private static final Object EQUIVALENTS = new Object();

  private static List<Equivalent> equivalents(Briefing b) {
    List<Equivalent> out = new ArrayList<>();
    for (int i = 0; i < b.propertyRecoveries().size(); i++) {
      PropertyRecovery p = b.propertyRecoveries().get(i);
      if (p.statedEquivalent().isPresent()) {
        out.add(new Equivalent("propertyRecoveries[" + i + "].statedEquivalent", p.amount(), p.statedEquivalent().get(),
            b.date()));
      }
    }
    for (Damage d : b.damage()) {
      String path = Damage.SECTION.path(d);
      d.total().ifPresent(t -> add(out, path + ".total.statedEquivalent", t, b.date()));
      d.byParty().parts().forEach((party, a) -> add(out, path + ".byParty[" + party.code() + "].statedEquivalent", a,
          b.date()));
    }
    return out;
  }

  private static void add(List<Equivalent> out, String path, StatedAmount a, LocalDate briefingDate) {
    if (a.statedEquivalent().isPresent()) {
      // an amount stated as of an earlier date was converted then: its last day, never after the briefing
      LocalDate date = a.asOf().map(d -> d.last().isAfter(briefingDate) ? briefingDate : d.last()).orElse(briefingDate);
      out.add(new Equivalent(path, a.amount(), a.statedEquivalent().get(), date));
    }
  }

  /**
   * The stated equivalents of one briefing agree with each other: the rate each implies is within the
   * policy's tolerance of the rate the first one of its currency pair implies.
   */
  static void equivalentsConsistent(Briefing b, RuleContext f) {
    List<Equivalent> all = equivalents(b, f);
    if (all.size() < 2) {
      return; // one equivalent agrees with itself
    }
    Map<String, Equivalent> first = new LinkedHashMap<>();
    for (int n = 0; n < all.size(); n++) {
      Equivalent e = all.get(n);
      if (e.amount().amount().signum() == 0 || e.equivalent().amount().signum() == 0) {
        continue;
      }
      String pair = e.amount().currency() + "/" + e.equivalent().currency();
      Equivalent reference = first.putIfAbsent(pair, e);
      if (reference == null) {
        continue;
      }
      ExchangeRate implied = StatedEquivalent.of(e.amount(), e.equivalent(), e.date()).impliedRate();
      ExchangeRate other = StatedEquivalent.of(reference.amount(), reference.equivalent(), reference.date()).impliedRate();
      BigDecimal deviation = implied.rate().subtract(other.rate()).divide(other.rate(), MathContext.DECIMAL64);
      if (deviation.abs().compareTo(f.policy().equivalentTolerance()) > 0) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("impliedRate", rate(implied));
        values.put("otherPath", reference.path());
        values.put("otherImpliedRate", rate(other));
        values.put("deviation", StandardRules.percent(deviation));
        f.violated(e.path(), e.equivalent() + " for " + e.amount() + " implies " + rate(implied) + " "
            + implied.quote().getCurrencyCode() + " per " + implied.base().getCurrencyCode() + ", "
            + StandardRules.percent(deviation.abs()) + " from the " + rate(other) + " that " + reference.path()
            + " implies; tolerance " + StandardRules.percent(f.policy().equivalentTolerance()), values);
      }
    }
  }

  private static String rate(ExchangeRate r) {
    return r.rate().round(new MathContext(10)).toPlainString();
  }

  /** Damage by party within the total, as the breakdown's coverage says. */
  static void damagePartsWithinTotal(Briefing b, RuleContext f) {
    BigDecimal t = f.policy().approximation().fraction();
    for (Damage d : b.damage()) {
      Breakdown<DamagedParty, StatedAmount> parts = d.byParty();
      if (d.total().isEmpty() || parts.isEmpty()) {
        continue;
      }
      String path = Damage.SECTION.path(d) + ".byParty";
      StatedAmount total = d.total().get();
      Range whole = Range.of(total, t);
      Map<String, StatedAmount> named = new LinkedHashMap<>();
      parts.parts().forEach((party, a) -> named.put("byParty[" + party.code() + "]", a));
      switch (parts.coverage()) {
        case EXHAUSTIVE: {
          Range sum = sum(named.values(), t);
          BigDecimal stated = named.values().stream().map(a -> a.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
          if (stated.compareTo(total.amount().amount()) == 0 && sum.overlaps(whole)) {
            break; // the stated figures add up exactly
          }
          report(f, path, named, Map.of(), total, sum, whole, sum.isDisjointFrom(whole), " differs from ", " equals ");
          break;
        }
        case PARTIAL:
          atMost(f, path, named, Map.of(), total, t);
          break;
        default:
          named.forEach((name, a) -> atMost(f, path + name.substring("byParty".length()), Map.of(name, a), Map.of(),
              total, t));
          parts.overlap().ifPresent(o -> atMost(f, path, named, Map.of("byParty.overlap", o), total, t));
          break;
      }
    }
  }

  private static void atMost(RuleContext f, String path, Map<String, StatedAmount> parts, Map<String, StatedAmount> less,
      StatedAmount total, BigDecimal t) {
    Range sum = sum(parts.values(), t).minus(sum(less.values(), t));
    Range whole = Range.of(total, t);
    if (sum.allAtMost(whole)) {
      return;
    }
    report(f, path, parts, less, total, sum, whole, sum.allAbove(whole), " exceeds ", " is at most ");
  }

  private static void report(RuleContext f, String path, Map<String, StatedAmount> parts, Map<String, StatedAmount> less,
      StatedAmount total, Range sum, Range whole, boolean certain, String violated, String undetermined) {
    StringJoiner names = new StringJoiner(" + ");
    StringJoiner amounts = new StringJoiner(" + ");
    Map<String, String> values = new LinkedHashMap<>();
    parts.forEach((name, a) -> {
      names.add(name);
      amounts.add(a.toString());
      values.put(name, a.toString());
    });
    String described = names + " (" + amounts + ")";
    for (Map.Entry<String, StatedAmount> l : less.entrySet()) {
      described += " less " + l.getKey() + " (" + l.getValue() + ")";
      values.put(l.getKey(), l.getValue().toString());
    }
    values.put("total", total.toString());
    if (certain) {
      f.violated(path, described + violated + "total (" + total + ")", values);
    } else {
      f.undetermined(path, "cannot tell whether " + described + undetermined + "total (" + total + "): the amounts allow "
          + sum + " against " + whole, values);
    }
  }

  private static Range sum(Iterable<StatedAmount> amounts, BigDecimal t) {
    Range sum = new Range(BigDecimal.ZERO, BigDecimal.ZERO);
    for (StatedAmount a : amounts) {
      sum = sum.plus(Range.of(a, t));
    }
    return sum;
  }

  /** The amounts a stated amount allows, in its currency: from {@code low} to {@code high}, or above without a high. */
  record Range(BigDecimal low, BigDecimal high) {
    static Range of(StatedAmount a, BigDecimal tolerance) {
      BigDecimal v = a.amount().amount();
      Qualifier q = a.qualifier();
      switch (q) {
        case EXACT:
          return new Range(v, v);
        case AT_LEAST:
        case MORE_THAN:
          return new Range(v, null);
        case AT_MOST:
        case FEWER_THAN:
          return new Range(BigDecimal.ZERO, v);
        case RANGE:
          return new Range(v, a.high().map(Money::amount).orElse(v));
        default:
          BigDecimal spread = v.multiply(tolerance);
          return new Range(v.subtract(spread).max(BigDecimal.ZERO), v.add(spread));
      }
    }

    Range plus(Range o) {
      return new Range(low.add(o.low), high == null || o.high == null ? null : high.add(o.high));
    }

    Range minus(Range o) {
      BigDecimal lo = o.high == null ? BigDecimal.ZERO : low.subtract(o.high).max(BigDecimal.ZERO);
      return new Range(lo, high == null ? null : high.subtract(o.low).max(BigDecimal.ZERO));
    }

    boolean allAtMost(Range o) {
      return high != null && high.compareTo(o.low) <= 0;
    }

    boolean allAbove(Range o) {
      return o.high != null && low.compareTo(o.high) > 0;
    }

    boolean isDisjointFrom(Range o) {
      return allAbove(o) || o.allAbove(this);
    }

    boolean overlaps(Range o) {
      return !isDisjointFrom(o);
    }

    @Override
    public String toString() {
      return "[" + low.stripTrailingZeros().toPlainString() + ", "
          + (high == null ? "∞" : high.stripTrailingZeros().toPlainString()) + "]";
    }
  }
}
