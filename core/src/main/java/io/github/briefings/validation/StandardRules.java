package io.github.briefings.validation;

import static io.github.briefings.model.ArsenalLoss.RECOVERED;
import static io.github.briefings.model.ArsenalLoss.STOLEN;
import static io.github.briefings.model.CriminalCases.CASES_BY_CATEGORY;
import static io.github.briefings.model.CriminalCases.PERSONS;
import static io.github.briefings.model.CriminalCases.PERSONS_BY_CATEGORY;
import static io.github.briefings.model.CriminalCases.REGISTERED;
import static io.github.briefings.model.CriminalCases.UNDER_INVESTIGATION;
import static io.github.briefings.model.DetentionStats.ACQUITTED;
import static io.github.briefings.model.DetentionStats.BROUGHT_TO_TRIAL;
import static io.github.briefings.model.DetentionStats.CHARGED;
import static io.github.briefings.model.DetentionStats.CONVICTED;
import static io.github.briefings.model.DetentionStats.FOUND_GUILTY_AT_TRIAL;
import static io.github.briefings.model.DetentionStats.HOUSE_ARREST;
import static io.github.briefings.model.DetentionStats.IN_CUSTODY;
import static io.github.briefings.model.DetentionStats.OTHER_RESTRAINT;
import static io.github.briefings.model.DetentionStats.PLEADED_GUILTY;
import static io.github.briefings.model.DetentionStats.RELEASED;
import static io.github.briefings.model.DetentionStats.SENTENCED;
import static io.github.briefings.model.DetentionStats.SENTENCES_BY_KIND;
import static io.github.briefings.model.DetentionStats.SUSPECTS;
import static io.github.briefings.model.OrganizedCrime.LEADERS_ARRESTED;
import static io.github.briefings.model.OrganizedCrime.MEMBERS_ARRESTED;
import static io.github.briefings.model.WeaponSeizure.BY_PROVENANCE;
import static io.github.briefings.model.WeaponSeizure.BY_TYPE;
import static io.github.briefings.model.WeaponSeizure.SEIZED;
import static io.github.briefings.model.WeaponSeizure.VOLUNTARILY_SURRENDERED;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.Section;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Term;
import io.github.briefings.model.Tolerance;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.StatedEquivalent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

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
  /** Weapons by provenance ≤ weapons seized, as the breakdown's coverage says. ERROR. */
  public static final String PROVENANCE_WITHIN_SEIZED = "weapons.provenance-within-seized";
  /** The dead, and the injured, by group and by region ≤ their total, as each breakdown's coverage says. ERROR. */
  public static final String CASUALTY_PARTS_WITHIN_TOTAL = "casualties.parts-within-total";
  /** Weapons voluntarily surrendered ≤ weapons seized. WARNING. */
  public static final String SURRENDERED_WITHIN_SEIZED = "weapons.surrendered-within-seized";
  /** Weapons recovered ≤ weapons stolen from an arsenal. ERROR. */
  public static final String RECOVERED_WITHIN_STOLEN = "arsenal.recovered-within-stolen";
  /**
   * A stated currency equivalent (of a property recovery, a damage total or part) is within the
   * policy's tolerance of the reference rate for the briefing's date, or the date the amount is stated
   * as of. WARNING; INFO when no reference rate is available.
   */
  public static final String EQUIVALENT_MATCHES_REFERENCE = "property.stated-equivalent-matches-reference";
  /**
   * A figure stated more than once in one briefing ({@link Count#alsoStated()}) is stated alike: no
   * two of its statements exclude each other (92 and 93 do; "about 90" and 93 do not). WARNING.
   */
  public static final String CONFLICTING_STATEMENTS = "briefing.conflicting-statements";
  /**
   * Damage by party within the total damage, as the breakdown's coverage says; an exhaustive breakdown
   * whose stated amounts add up exactly holds whatever their qualifiers. ERROR.
   */
  public static final String DAMAGE_PARTS_WITHIN_TOTAL = "damage.parts-within-total";
  /**
   * The stated equivalents of one briefing agree with each other: the rate each implies is within the
   * policy's equivalent tolerance of the rate the first of its currency pair implies. WARNING.
   */
  public static final String EQUIVALENTS_CONSISTENT = "money.stated-equivalents-consistent";
  /**
   * Each figure of a scope that lies within another ({@link io.github.briefings.model.Scope#parent()})
   * ≤ the same figure of the parent: 208 cases sent to court in Almaty ≤ 288 in the whole country.
   * ERROR.
   */
  public static final String SUB_SCOPE_WITHIN_PARENT = "scope.sub-scope-within-parent";
  /**
   * The breakdown of a figure of the user's own measure within that figure, as the breakdown's
   * coverage says. ERROR.
   */
  public static final String OWN_PARTS_WITHIN_TOTAL = "measures.parts-within-total";

  /** The precision of an implied rate in messages and values. */
  private static final MathContext RATE_IN_MESSAGES = new MathContext(10);

  /** The standard rules that are plain relations between figures, declared as users declare theirs. */
  private static final List<Relation> RELATIONS = List.of(
      relation(CUSTODY_WITHIN_SUSPECTS, Severity.ERROR, "in custody + house arrest + other restraint ≤ suspects",
          DetentionStats.SECTION, List.of(IN_CUSTODY, HOUSE_ARREST, OTHER_RESTRAINT)).atMost(SUSPECTS.name()),
      relation(CUSTODY_AND_RELEASED_WITHIN_SUSPECTS, Severity.WARNING, "in custody + released ≤ suspects",
          DetentionStats.SECTION, List.of(IN_CUSTODY, RELEASED)).whenAllStated().reportAt(RELEASED.name())
          .atMost(SUSPECTS.name()),
      relation(TRIAL_WITHIN_SUSPECTS, Severity.WARNING, "brought to trial ≤ suspects",
          DetentionStats.SECTION, List.of(BROUGHT_TO_TRIAL)).atMost(SUSPECTS.name()),
      relation(CHARGED_WITHIN_SUSPECTS, Severity.WARNING, "charged ≤ suspects",
          DetentionStats.SECTION, List.of(CHARGED)).atMost(SUSPECTS.name()),
      relation(VERDICTS_WITHIN_TRIAL, Severity.ERROR, "convicted + acquitted ≤ brought to trial",
          DetentionStats.SECTION, List.of(CONVICTED, ACQUITTED)).atMost(BROUGHT_TO_TRIAL.name()),
      relation(PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED, Severity.ERROR,
          "pleaded guilty + found guilty at trial ≤ convicted",
          DetentionStats.SECTION, List.of(PLEADED_GUILTY, FOUND_GUILTY_AT_TRIAL)).atMost(CONVICTED.name()),
      relation(SENTENCED_WITHIN_CONVICTED, Severity.ERROR, "sentenced ≤ convicted",
          DetentionStats.SECTION, List.of(SENTENCED)).atMost(CONVICTED.name()),
      relation(LEADERS_WITHIN_MEMBERS, Severity.ERROR, "organized-crime leaders arrested ≤ members arrested",
          OrganizedCrime.SECTION, List.of(LEADERS_ARRESTED)).atMost(MEMBERS_ARRESTED.name()),
      relation(SURRENDERED_WITHIN_SEIZED, Severity.WARNING, "weapons voluntarily surrendered ≤ weapons seized",
          WeaponSeizure.SECTION, List.of(VOLUNTARILY_SURRENDERED)).atMost(SEIZED.name()),
      relation(RECOVERED_WITHIN_STOLEN, Severity.ERROR, "weapons recovered ≤ weapons stolen from an arsenal",
          ArsenalLoss.SECTION, List.of(RECOVERED)).atMost(STOLEN.name()));

  private static final List<Rule> ALL = List.of(
      rule(CUSTODY_WITHIN_SUSPECTS),
      rule(CUSTODY_AND_RELEASED_WITHIN_SUSPECTS),
      rule(TRIAL_WITHIN_SUSPECTS),
      rule(CHARGED_WITHIN_SUSPECTS),
      rule(VERDICTS_WITHIN_TRIAL),
      rule(PLEAS_AND_GUILTY_VERDICTS_WITHIN_CONVICTED),
      rule(SENTENCED_WITHIN_CONVICTED),
      detention(SENTENCES_BY_KIND_WITHIN_SENTENCED, Severity.ERROR,
          "sentences by kind ≤ sentenced (or convicted), = when the breakdown is exhaustive",
          StandardRules::sentencesByKind),
      detention(SENTENCE_GROUPS_WITHIN_CONVICTED, Severity.ERROR,
          "custodial sentences ≤ convicted and non-custodial sentences ≤ convicted",
          StandardRules::sentenceGroups),
      Rule.of(CATEGORIES_WITHIN_TOTAL, Severity.ERROR,
          "cases by category ≤ cases under investigation (or registered), persons by category ≤ persons, as each "
              + "breakdown's coverage says",
          StandardRules::categoriesWithinTotal),
      rule(LEADERS_WITHIN_MEMBERS),
      Rule.of(TYPES_WITHIN_SEIZED, Severity.ERROR, "weapons by type ≤ weapons seized, = when exhaustive",
          (b, f) -> b.weaponSeizure().forEach(w -> partsWithinTotal(() -> WeaponSeizure.SECTION.path(w, BY_TYPE),
              BY_TYPE.name(), w.byType(), Addends.of(w, SEIZED), f))),
      Rule.of(PROVENANCE_WITHIN_SEIZED, Severity.ERROR, "weapons by provenance ≤ weapons seized, = when exhaustive",
          (b, f) -> b.weaponSeizure().forEach(w -> partsWithinTotal(() -> WeaponSeizure.SECTION.path(w, BY_PROVENANCE),
              BY_PROVENANCE.name(), w.byProvenance(), Addends.of(w, SEIZED), f))),
      Rule.of(CASUALTY_PARTS_WITHIN_TOTAL, Severity.ERROR,
          "the dead and the injured by group and by region ≤ their totals, = when exhaustive", StandardRules::casualties),
      rule(SURRENDERED_WITHIN_SEIZED),
      rule(RECOVERED_WITHIN_STOLEN),
      Rule.of(EQUIVALENT_MATCHES_REFERENCE, Severity.WARNING,
          "a stated currency equivalent is within tolerance of the reference rate for the briefing's date",
          StandardRules::equivalents),
      Rule.of(DAMAGE_PARTS_WITHIN_TOTAL, Severity.ERROR, "damage by party ≤ the total damage, = when exhaustive",
          AmountRules::damagePartsWithinTotal),
      Rule.of(EQUIVALENTS_CONSISTENT, Severity.WARNING,
          "the stated currency equivalents of one briefing imply rates within tolerance of one another",
          AmountRules::equivalentsConsistent),
      Rule.of(CONFLICTING_STATEMENTS, Severity.WARNING,
          "a figure stated more than once in one briefing is stated alike", StandardRules::conflictingStatements),
      Rule.of(SUB_SCOPE_WITHIN_PARENT, Severity.ERROR,
          "each figure of a scope within another ≤ the same figure of the parent", StandardRules::subScopes),
      Rule.of(OWN_PARTS_WITHIN_TOTAL, Severity.ERROR,
          "a figure of one's own measure broken down: its parts ≤ it, = when exhaustive", StandardRules::ownParts));

  private StandardRules() {}

  /**
   * Returns the standard rules, in the order documented here.
   *
   * @return the standard rules, in the order documented here
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the standard rules that are plain relations between figures, declared as a user declares
   * relations ({@link Relation}), in the order documented here; their rules are among {@link #all()}.
   * @return the standard rules that are plain relations between figures, declared as a user declares relations ({@link Relation}), in the order documented here; their rules are among {@link #all()}
   */
  public static List<Relation> relations() {
    return RELATIONS;
  }

  /** Starts the declaration of a standard relation: left ≤ (or ≥, =) right, in one section. */
  private static Relation.Builder relation(String id, Severity severity, String description, Section<?, ?> section,
      List<Figure<?, ?>> left) {
    Relation.Builder b = Relation.builder(id).severity(severity).description(description).in(section.name());
    for (Figure<?, ?> f : left) {
      b.sumOf(f.name());
    }
    return b;
  }

  /** The rule of a standard relation. */
  private static Rule rule(String id) {
    for (Relation r : RELATIONS) {
      if (r.id().equals(id)) {
        return r.rule();
      }
    }
    throw new IllegalStateException("no standard relation " + id);
  }

  /** A check of one detention record, given the record's path prefix ({@code detention[key].}), built on demand. */
  @FunctionalInterface
  private interface DetentionCheck {
    void check(Supplier<String> prefix, DetentionStats record, RuleContext findings);
  }

  private static Rule detention(String id, Severity severity, String description, DetentionCheck check) {
    return Rule.of(id, severity, description, (b, f) -> {
      List<DetentionStats> records = b.detention();
      for (int n = 0; n < records.size(); n++) {
        DetentionStats d = records.get(n);
        check.check(() -> DetentionStats.SECTION.path(d) + ".", d, f);
      }
    });
  }

  /** Returns the first of the figures the record states, or the last when it states none of them. */
  @SafeVarargs
  private static Figure<DetentionStats, ?> firstOf(DetentionStats d, Figure<DetentionStats, ?>... figures) {
    for (Figure<DetentionStats, ?> figure : figures) {
      if (!figure.in(d).isEmpty()) {
        return figure;
      }
    }
    return figures[figures.length - 1];
  }

  /**
   * Checks the parts of a breakdown against its total, as the breakdown's coverage says: an exhaustive
   * one sums to the total, a partial one to at most the total; each part of an overlapping one is at
   * most the total and, when the overlap is stated, so are the parts less the overlap.
   *
   * @param path the path of the breakdown, such as {@code weaponSeizure.byType}, built for a finding
   * @param name the breakdown's name within its record, such as {@code byType}
   */
  private static <K extends Term> void partsWithinTotal(Supplier<String> path, String name,
      Breakdown<K, Count> breakdown, Addends total, RuleContext f) {
    Addends parts = Addends.parts(name, breakdown);
    switch (breakdown.coverage()) {
      case EXHAUSTIVE:
        equal(f, path, parts, total);
        break;
      case PARTIAL:
        atMost(f, path, parts, total);
        break;
      default:
        eachAtMost(f, path, name, parts, total);
        breakdown.overlap().ifPresent(o -> f.atMost(path.get(), parts, Addends.of(name + ".overlap", o), total));
        break;
    }
  }

  /**
   * Checks parts ≤ whole as {@link RuleContext#atMost} does; in a validation, builds the path only
   * when there is something to report.
   */
  private static void atMost(RuleContext f, Supplier<String> path, Addends parts, Addends whole) {
    if (!(f instanceof CollectingContext run) || !run.holdsAtMost(parts, whole)) {
      f.atMost(path.get(), parts, whole);
    }
  }

  /**
   * Checks each part on its own ≤ whole, as {@link #atMost} does; in a validation, makes addends of a
   * part only when there is something to report.
   *
   * @param path the breakdown's path
   * @param name the breakdown's name, which begins each part's name
   */
  private static void eachAtMost(RuleContext f, Supplier<String> path, String name, Addends parts, Addends whole) {
    for (int i = 0; i < parts.size(); i++) {
      if (!(f instanceof CollectingContext run) || !run.holdsAtMost(parts, i, whole)) {
        Addends part = parts.one(i);
        f.atMost(path.get() + part.name(0).substring(name.length()), part, whole);
      }
    }
  }

  /** Checks parts = whole as {@link RuleContext#equal} does, building the path as {@link #atMost} does. */
  private static void equal(RuleContext f, Supplier<String> path, Addends parts, Addends whole) {
    if (!(f instanceof CollectingContext run) || !run.holdsEqual(parts, whole)) {
      f.equal(path.get(), parts, whole);
    }
  }

  private static void sentencesByKind(Supplier<String> p, DetentionStats d, RuleContext f) {
    Addends total = d.sentenced().isPresent() ? Addends.of(d, SENTENCED) : Addends.of(d, CONVICTED);
    partsWithinTotal(() -> p.get() + SENTENCES_BY_KIND.name(), SENTENCES_BY_KIND.name(), d.sentencesByKind(), total,
        f);
  }

  /**
   * Custodial sentences ≤ convicted, non-custodial ≤ convicted; for an overlapping breakdown, whose sums
   * may count a person twice, each kind ≤ convicted.
   */
  private static void sentenceGroups(Supplier<String> p, DetentionStats d, RuleContext f) {
    String name = SENTENCES_BY_KIND.name();
    Breakdown<SentenceKind, Count> sentences = d.sentencesByKind();
    Addends convicted = Addends.of(d, CONVICTED);
    if (sentences.coverage() == Breakdown.Coverage.OVERLAPPING) {
      eachAtMost(f, () -> p.get() + name, name, Addends.parts(name, sentences), convicted);
      return;
    }
    atMost(f, () -> p.get() + name, Addends.parts(name, sentences, SentenceKind::custodial), convicted);
    atMost(f, () -> p.get() + name, Addends.parts(name, sentences, k -> !k.custodial()), convicted);
  }

  private static void ownParts(Briefing b, RuleContext f) {
    List<io.github.briefings.model.OwnFigure> figures = b.ownFigures();
    for (int n = 0; n < figures.size(); n++) {
      io.github.briefings.model.OwnFigure own = figures.get(n);
      own.breakdown().ifPresent(parts -> partsWithinTotal(() -> b.path(own), own.measure(), parts,
          Addends.of(own.measure(), own.count()), f));
    }
  }

  private static void casualties(Briefing b, RuleContext f) {
    List<Casualties> records = b.casualties();
    for (int n = 0; n < records.size(); n++) {
      Casualties c = records.get(n);
      partsWithinTotal(() -> Casualties.SECTION.path(c, Casualties.DEAD_BY_GROUP), Casualties.DEAD_BY_GROUP.name(),
          c.deadByGroup(), Addends.of(c, Casualties.DEAD), f);
      partsWithinTotal(() -> Casualties.SECTION.path(c, Casualties.DEAD_BY_REGION), Casualties.DEAD_BY_REGION.name(),
          c.deadByRegion(), Addends.of(c, Casualties.DEAD), f);
      partsWithinTotal(() -> Casualties.SECTION.path(c, Casualties.INJURED_BY_GROUP),
          Casualties.INJURED_BY_GROUP.name(), c.injuredByGroup(), Addends.of(c, Casualties.INJURED), f);
      partsWithinTotal(() -> Casualties.SECTION.path(c, Casualties.INJURED_BY_REGION),
          Casualties.INJURED_BY_REGION.name(), c.injuredByRegion(), Addends.of(c, Casualties.INJURED), f);
    }
  }

  private static void categoriesWithinTotal(Briefing b, RuleContext f) {
    List<CriminalCases> records = b.criminalCases();
    for (int n = 0; n < records.size(); n++) {
      CriminalCases c = records.get(n);
      Addends cases = c.underInvestigation().isPresent()
          ? Addends.of(c, UNDER_INVESTIGATION) : Addends.of(c, REGISTERED);
      partsWithinTotal(() -> CriminalCases.SECTION.path(c, CASES_BY_CATEGORY), CASES_BY_CATEGORY.name(),
          c.casesByCategory(), cases, f);
      partsWithinTotal(() -> CriminalCases.SECTION.path(c, PERSONS_BY_CATEGORY), PERSONS_BY_CATEGORY.name(),
          c.personsByCategory(), Addends.of(c, PERSONS), f);
    }
  }

  private static void equivalents(Briefing b, RuleContext f) {
    List<AmountRules.Equivalent> all = AmountRules.equivalents(b, f);
    for (int n = 0; n < all.size(); n++) {
      AmountRules.Equivalent e = all.get(n);
      String path = e.path();
      Map<String, String> values = new LinkedHashMap<>();
      String amount = e.amount().toString();
      String equivalent = e.equivalent().toString();
      values.put("amount", amount);
      values.put("statedEquivalent", equivalent);
      if (e.amount().amount().signum() == 0 || e.equivalent().amount().signum() == 0) {
        note(f, path, "no rate is implied by " + amount + " and " + equivalent
            + "; the equivalent was not checked", values);
        continue;
      }
      // the implied rate in messages: the quotient rounded once, to ten significant digits
      String impliedRate = e.amount().amount().divide(e.equivalent().amount(), RATE_IN_MESSAGES).toPlainString();
      values.put("impliedRate", impliedRate);
      String pair = e.amount().currency().getCurrencyCode() + " per " + e.equivalent().currency().getCurrencyCode();
      if (f.policy().referenceRates().isEmpty()) {
        noReference(f, path, pair, e, values);
        continue;
      }
      StatedEquivalent stated = StatedEquivalent.of(e.amount(), e.equivalent(), e.date());
      Optional<ExchangeRate> reference = stated.referenceRate(f.policy().referenceRates().get(),
          f.policy().rateDatePolicy());
      if (reference.isEmpty()) {
        noReference(f, path, pair, e, values);
        continue;
      }
      BigDecimal deviation = stated.deviationFrom(reference.get());
      values.put("referenceRate", reference.get().explain());
      values.put("deviation", percent(deviation));
      // a rate of an earlier day, as the policy allows when the day itself has none, is said to be one
      boolean fallback = !reference.get().date().equals(e.date());
      String fallen = "";
      if (fallback) {
        values.put("rateDate", reference.get().date().toString());
        fallen = " (the rate of " + reference.get().date() + ", a fallback: the latest within "
            + f.policy().rateDatePolicy().maxDaysEarlier() + " days before " + e.date() + ")";
      }
      if (deviation.abs().compareTo(f.policy().equivalentTolerance()) > 0) {
        f.violated(path, equivalent + " for " + amount + " implies " + impliedRate + " " + pair + ", "
            + percent(deviation.abs())
            + (deviation.signum() < 0 ? " below" : " above") + " the reference " + reference.get().explain()
            + fallen + "; tolerance " + percent(f.policy().equivalentTolerance()), values);
      } else if (fallback) {
        note(f, path, equivalent + " for " + amount + " is within " + percent(f.policy().equivalentTolerance())
            + " of the reference " + reference.get().explain() + fallen, values);
      }
    }
  }

  /** Reports a note whose values map was built for it alone: a validation keeps the map without a copy. */
  private static void note(RuleContext f, String path, String message, Map<String, String> values) {
    if (f instanceof CollectingContext run) {
      run.noteOwning(path, message, values);
    } else {
      f.note(path, message, values);
    }
  }

  private static void noReference(RuleContext f, String path, String pair, AmountRules.Equivalent e,
      Map<String, String> values) {
    note(f, path, "no reference rate for " + pair + " on " + e.date() + " (" + f.policy().rateDatePolicy()
        + "); the equivalent was not checked", values);
  }

  private static void conflictingStatements(Briefing b, RuleContext f) {
    if (!b.statesAFigureMoreThanOnce()) {
      return; // most briefings state each figure once, as the briefing's own checks found
    }
    List<Section<?, ?>> sections = Section.standard();
    for (int i = 0; i < sections.size(); i++) {
      conflictingStatements(sections.get(i), b, f);
    }
  }

  private static <S> void conflictingStatements(Section<S, ?> section, Briefing b, RuleContext f) {
    Tolerance t = f.policy().approximation();
    List<S> records = section.records(b);
    List<? extends Figure<S, ?>> figures = section.figures();
    for (int r = 0; r < records.size(); r++) {
      S record = records.get(r);
      for (int k = 0; k < figures.size(); k++) {
        Figure<S, ?> figure = figures.get(k);
        for (Figure.Stated stated : figure.in(record)) {
          List<Count> statements = stated.count().statements();
          if (statements.size() < 2 || !anyTwoExcludeEachOther(statements, t)) {
            continue;
          }
          Map<String, String> values = new LinkedHashMap<>();
          StringJoiner said = new StringJoiner(", ");
          for (int i = 0; i < statements.size(); i++) {
            String one = describe(statements.get(i));
            values.put("statement " + (i + 1), one);
            said.add(one);
          }
          f.violated(section.path(record, figure, stated), "stated differently in one briefing, and the statements "
              + "cannot all be true: " + said, values);
        }
      }
    }
  }

  private static void subScopes(Briefing b, RuleContext f) {
    List<Section<?, ?>> sections = Section.standard();
    for (int i = 0; i < sections.size(); i++) {
      subScopes(sections.get(i), b, f);
    }
  }

  private static <S> void subScopes(Section<S, ?> section, Briefing b, RuleContext f) {
    List<S> records = section.records(b);
    for (int n = 0; n < records.size(); n++) {
      S record = records.get(n);
      Optional<S> parent = section.parent(b, record);
      if (parent.isEmpty()) {
        continue;
      }
      Map<String, Count> whole = section.stated(parent.get());
      for (Figure<S, ?> figure : section.figures()) {
        for (Figure.Stated stated : figure.in(record)) {
          Count of = whole.get(figure.nameOf(stated));
          if (of != null) {
            String path = section.path(record, figure, stated);
            f.atMost(path, Addends.of(path, stated.count()), Addends.of(section.path(parent.get(), figure, stated), of));
          }
        }
      }
    }
  }

  private static boolean anyTwoExcludeEachOther(List<Count> statements, Tolerance t) {
    for (int i = 0; i < statements.size(); i++) {
      for (int j = i + 1; j < statements.size(); j++) {
        if (statements.get(i).interval(t).isDisjointFrom(statements.get(j).interval(t))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code 92 by asylbekov ("92 persons")}. */
  private static String describe(Count statement) {
    return statement + statement.attribution().map(a -> " by " + a).orElse("")
        + statement.statedAs().map(w -> " (\"" + w + "\")").orElse("");
  }

  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
  }

}
