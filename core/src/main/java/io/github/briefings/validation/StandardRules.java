package io.github.briefings.validation;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.CategoryCount;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Unit;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.StatedEquivalent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard consistency rules, each comparing figures within one record (one scope) and one
 * unit. The ids are stable; {@link #all()} lists the rules with their default severities.
 */
public final class StandardRules {
  /** In custody + house arrest + other restraint ≤ suspects (so each of them too). ERROR. */
  public static final String CUSTODY_WITHIN_SUSPECTS = "detention.custody-within-suspects";
  /** In custody + released ≤ suspects. WARNING: released people may have stopped being suspects. */
  public static final String CUSTODY_AND_RELEASED_WITHIN_SUSPECTS = "detention.custody-and-released-within-suspects";
  /** Brought to trial ≤ suspects. WARNING. */
  public static final String TRIAL_WITHIN_SUSPECTS = "detention.trial-within-suspects";
  /** Charged ≤ suspects. WARNING. */
  public static final String CHARGED_WITHIN_SUSPECTS = "detention.charged-within-suspects";
  /** Convicted + acquitted ≤ brought to trial. ERROR. */
  public static final String VERDICTS_WITHIN_TRIAL = "detention.verdicts-within-trial";
  /** Pleaded guilty + found guilty at trial ≤ convicted. ERROR. */
  public static final String PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED = "detention.pleas-and-guilty-verdicts-within-convicted";
  /** Sentenced ≤ convicted. ERROR. */
  public static final String SENTENCED_WITHIN_CONVICTED = "detention.sentenced-within-convicted";
  /** Sentences by kind ≤ sentenced (convicted when sentenced is not stated); = when exhaustive. ERROR. */
  public static final String SENTENCES_BY_KIND_WITHIN_SENTENCED = "detention.sentences-by-kind-within-sentenced";
  /** Custodial sentences ≤ convicted, and non-custodial sentences ≤ convicted. ERROR. */
  public static final String SENTENCE_GROUPS_WITHIN_CONVICTED = "detention.sentence-groups-within-convicted";
  /** Each category figure ≤ the total of its unit (cases under investigation, or persons). ERROR. */
  public static final String CATEGORIES_WITHIN_TOTAL = "cases.categories-within-total";
  /** Leaders arrested ≤ members arrested. ERROR. */
  public static final String LEADERS_WITHIN_MEMBERS = "organized-crime.leaders-within-members";
  /** Weapons by type ≤ weapons seized; = when the breakdown is exhaustive. ERROR. */
  public static final String TYPES_WITHIN_SEIZED = "weapons.types-within-seized";
  /** Weapons voluntarily surrendered ≤ weapons seized. WARNING. */
  public static final String SURRENDERED_WITHIN_SEIZED = "weapons.surrendered-within-seized";
  /** Weapons recovered ≤ weapons stolen from an arsenal. ERROR. */
  public static final String RECOVERED_WITHIN_STOLEN = "arsenal.recovered-within-stolen";
  /**
   * A stated currency equivalent is within the policy's tolerance of the reference rate for the
   * briefing's date. WARNING; INFO when no reference rate is available.
   */
  public static final String EQUIVALENT_MATCHES_REFERENCE = "property.stated-equivalent-matches-reference";

  private static final List<Rule> ALL = List.of(
      detention(CUSTODY_WITHIN_SUSPECTS, Severity.ERROR, "in custody + house arrest + other restraint ≤ suspects",
          (p, d, f) -> f.atMost(p + firstOf(d), Terms.of("inCustody", d.inCustody())
              .and("houseArrest", d.houseArrest()).and("otherRestraint", d.otherRestraint()).map(),
              Terms.of("suspects", d.suspects()).map())),
      detention(CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, Severity.WARNING, "in custody + released ≤ suspects",
          (p, d, f) -> {
            if (d.inCustody().isPresent() && d.released().isPresent()) {
              f.atMost(p + "released", Terms.of("inCustody", d.inCustody()).and("released", d.released()).map(),
                  Terms.of("suspects", d.suspects()).map());
            }
          }),
      detention(TRIAL_WITHIN_SUSPECTS, Severity.WARNING, "brought to trial ≤ suspects",
          (p, d, f) -> f.atMost(p + "broughtToTrial", Terms.of("broughtToTrial", d.broughtToTrial()).map(),
              Terms.of("suspects", d.suspects()).map())),
      detention(CHARGED_WITHIN_SUSPECTS, Severity.WARNING, "charged ≤ suspects",
          (p, d, f) -> f.atMost(p + "charged", Terms.of("charged", d.charged()).map(),
              Terms.of("suspects", d.suspects()).map())),
      detention(VERDICTS_WITHIN_TRIAL, Severity.ERROR, "convicted + acquitted ≤ brought to trial",
          (p, d, f) -> f.atMost(p + (d.convicted().isPresent() ? "convicted" : "acquitted"),
              Terms.of("convicted", d.convicted()).and("acquitted", d.acquitted()).map(),
              Terms.of("broughtToTrial", d.broughtToTrial()).map())),
      detention(PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, Severity.ERROR,
          "pleaded guilty + found guilty at trial ≤ convicted",
          (p, d, f) -> f.atMost(p + (d.pleadedGuilty().isPresent() ? "pleadedGuilty" : "foundGuiltyAtTrial"),
              Terms.of("pleadedGuilty", d.pleadedGuilty()).and("foundGuiltyAtTrial", d.foundGuiltyAtTrial()).map(),
              Terms.of("convicted", d.convicted()).map())),
      detention(SENTENCED_WITHIN_CONVICTED, Severity.ERROR, "sentenced ≤ convicted",
          (p, d, f) -> f.atMost(p + "sentenced", Terms.of("sentenced", d.sentenced()).map(),
              Terms.of("convicted", d.convicted()).map())),
      detention(SENTENCES_BY_KIND_WITHIN_SENTENCED, Severity.ERROR,
          "sentences by kind ≤ sentenced (or convicted), = when the breakdown is exhaustive",
          StandardRules::sentencesByKind),
      detention(SENTENCE_GROUPS_WITHIN_CONVICTED, Severity.ERROR,
          "custodial sentences ≤ convicted and non-custodial sentences ≤ convicted",
          (p, d, f) -> {
            f.atMost(p + "sentencesByKind", sentences(d, true).map(), Terms.of("convicted", d.convicted()).map());
            f.atMost(p + "sentencesByKind", sentences(d, false).map(), Terms.of("convicted", d.convicted()).map());
          }),
      Rule.of(CATEGORIES_WITHIN_TOTAL, Severity.ERROR, "each category figure ≤ the total of its unit",
          StandardRules::categoriesWithinTotal),
      Rule.of(LEADERS_WITHIN_MEMBERS, Severity.ERROR, "organized-crime leaders arrested ≤ members arrested",
          (b, f) -> b.organizedCrime().ifPresent(o -> f.atMost("organizedCrime.leadersArrested",
              Terms.of("leadersArrested", o.leadersArrested()).map(),
              Terms.of("membersArrested", o.membersArrested()).map()))),
      Rule.of(TYPES_WITHIN_SEIZED, Severity.ERROR, "weapons by type ≤ weapons seized, = when exhaustive",
          (b, f) -> b.weaponSeizure().ifPresent(w -> {
            Terms types = new Terms();
            w.byType().forEach((type, count) -> types.add("byType[" + type.code() + "]", count));
            Map<String, Count> seized = Terms.of("seized", w.seized()).map();
            if (w.breakdownExhaustive()) {
              f.equal("weaponSeizure.byType", types.map(), seized);
            } else {
              f.atMost("weaponSeizure.byType", types.map(), seized);
            }
          })),
      Rule.of(SURRENDERED_WITHIN_SEIZED, Severity.WARNING, "weapons voluntarily surrendered ≤ weapons seized",
          (b, f) -> b.weaponSeizure().ifPresent(w -> f.atMost("weaponSeizure.voluntarilySurrendered",
              Terms.of("voluntarilySurrendered", w.voluntarilySurrendered()).map(),
              Terms.of("seized", w.seized()).map()))),
      Rule.of(RECOVERED_WITHIN_STOLEN, Severity.ERROR, "weapons recovered ≤ weapons stolen from an arsenal",
          (b, f) -> {
            for (int i = 0; i < b.arsenalLosses().size(); i++) {
              var loss = b.arsenalLosses().get(i);
              f.atMost("arsenalLosses[" + i + "].recovered", Terms.of("recovered", loss.recovered()).map(),
                  Terms.of("stolen", loss.stolen()).map());
            }
          }),
      Rule.of(EQUIVALENT_MATCHES_REFERENCE, Severity.WARNING,
          "a stated currency equivalent is within tolerance of the reference rate for the briefing's date",
          StandardRules::equivalents));

  private StandardRules() {}

  /** Returns the standard rules, in the order documented here. */
  public static List<Rule> all() {
    return ALL;
  }

  /** A check of one detention record, given the record's path prefix ({@code detention[key].}). */
  @FunctionalInterface
  private interface DetentionCheck {
    void check(String prefix, DetentionStats record, Findings findings);
  }

  private static Rule detention(String id, Severity severity, String description, DetentionCheck check) {
    return Rule.of(id, severity, description, (b, f) -> {
      for (int i = 0; i < b.detention().size(); i++) {
        DetentionStats d = b.detention().get(i);
        check.check("detention" + Briefing.key(d.scope(), i) + ".", d, f);
      }
    });
  }

  private static String firstOf(DetentionStats d) {
    return d.inCustody().isPresent() ? "inCustody" : d.houseArrest().isPresent() ? "houseArrest" : "otherRestraint";
  }

  private static Terms sentences(DetentionStats d, boolean custodial) {
    Terms t = new Terms();
    d.sentencesByKind().forEach((kind, count) -> {
      if (kind.custodial() == custodial) {
        t.add("sentencesByKind[" + kind.code() + "]", count);
      }
    });
    return t;
  }

  private static void sentencesByKind(String p, DetentionStats d, Findings f) {
    Terms kinds = new Terms();
    d.sentencesByKind().forEach((SentenceKind kind, Count count) -> kinds.add("sentencesByKind[" + kind.code() + "]", count));
    Map<String, Count> total = d.sentenced().isPresent()
        ? Terms.of("sentenced", d.sentenced()).map() : Terms.of("convicted", d.convicted()).map();
    if (d.sentencesBreakdownExhaustive()) {
      f.equal(p + "sentencesByKind", kinds.map(), total);
    } else {
      f.atMost(p + "sentencesByKind", kinds.map(), total);
    }
  }

  private static void categoriesWithinTotal(Briefing b, Findings f) {
    for (int i = 0; i < b.criminalCases().size(); i++) {
      CriminalCases c = b.criminalCases().get(i);
      String prefix = "criminalCases" + Briefing.key(c.scope(), i) + ".";
      Terms cases = c.underInvestigation().isPresent()
          ? Terms.of("underInvestigation", c.underInvestigation()) : Terms.of("registered", c.registered());
      Terms persons = Terms.of("persons", c.persons());
      for (CategoryCount cc : c.byCategory()) {
        String name = "byCategory[" + cc.key() + "]";
        f.atMost(prefix + name, Terms.of(name, Optional.of(cc.count())).map(),
            (cc.unit() == Unit.CASES ? cases : persons).map());
      }
    }
  }

  private static void equivalents(Briefing b, Findings f) {
    for (int i = 0; i < b.propertyRecoveries().size(); i++) {
      PropertyRecovery p = b.propertyRecoveries().get(i);
      if (p.statedEquivalent().isEmpty()) {
        continue;
      }
      String path = "propertyRecoveries[" + i + "].statedEquivalent";
      Map<String, String> values = new LinkedHashMap<>();
      values.put("amount", p.amount().toString());
      values.put("statedEquivalent", p.statedEquivalent().get().toString());
      if (p.amount().amount().signum() == 0 || p.statedEquivalent().get().amount().signum() == 0) {
        f.note(path, "no rate is implied by " + p.amount() + " and " + p.statedEquivalent().get()
            + "; the equivalent was not checked", values);
        continue;
      }
      StatedEquivalent stated = StatedEquivalent.of(p.amount(), p.statedEquivalent().get(), b.date());
      ExchangeRate implied = stated.impliedRate();
      values.put("impliedRate", implied.rate().round(new MathContext(10)).toPlainString());
      Optional<ExchangeRate> reference = f.policy().referenceRates()
          .flatMap(r -> stated.referenceRate(r, f.policy().rateDatePolicy()));
      if (reference.isEmpty()) {
        f.note(path, "no reference rate for " + implied.quote().getCurrencyCode() + " per "
            + implied.base().getCurrencyCode() + " on " + b.date() + " (" + f.policy().rateDatePolicy()
            + "); the equivalent was not checked", values);
        continue;
      }
      BigDecimal deviation = stated.deviationFrom(reference.get());
      values.put("referenceRate", reference.get().explain());
      values.put("deviation", percent(deviation));
      if (deviation.abs().compareTo(f.policy().equivalentTolerance()) > 0) {
        f.violated(path, p.statedEquivalent().get() + " for " + p.amount() + " implies "
            + implied.rate().round(new MathContext(10)).toPlainString() + " " + implied.quote().getCurrencyCode()
            + " per " + implied.base().getCurrencyCode() + ", " + percent(deviation.abs())
            + (deviation.signum() < 0 ? " below" : " above") + " the reference " + reference.get().explain()
            + "; tolerance " + percent(f.policy().equivalentTolerance()), values);
      }
    }
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
  }

}
