package io.github.briefings.model;

import io.github.briefings.internal.Texts;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One official briefing on an investigation: when and where it was given, who spoke, where the
 * record comes from, every statement made, and the figures stated, section by section. Each section
 * is optional, since a briefing states what it states.
 *
 * <pre>{@code
 * Briefing briefing = Briefing.builder()
 *     .id("kz-2022-04-11")
 *     .date(LocalDate.of(2022, 4, 11))
 *     .jurisdiction("KZ")
 *     .investigation(Investigation.of("kz-january-2022", "January 2022 unrest"))
 *     .addSpeaker(Speaker.of("adilov", "Sanzhar Adilov", "Head of the investigative department",
 *         "Ministry of Internal Affairs"))
 *     .addDetention(DetentionStats.builder().suspects(Count.exactly(547).withAttribution("adilov")).build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants, all reported together in one {@link InvalidValueException}: the id is a lowercase
 * slug; the jurisdiction is an ISO 3166-1 alpha-2 code; the venue is not blank; speaker ids are
 * unique and every attribution names a listed speaker; detention and criminal-case records have
 * distinct scopes (at most one of each without a scope); arsenal losses have distinct places;
 * official case ids are unique and every arsenal loss tied to a case names a listed one. The date
 * lies within {@link Limits}. Consistency between figures is not checked here.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Briefing {
  private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  /**
   * Set when the checks of {@link #check()} found no figure of a standard section stated more than
   * once: a cache kept as {@link String#hashCode()} keeps its own, so a thread that sees it unset
   * scans again.
   */
  private boolean eachStatedOnce;

  Briefing() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the briefing, a lowercase slug such as {@code "kz-2022-04-11"}.
   *
   * @return the id of the briefing, a lowercase slug such as {@code "kz-2022-04-11"}
   */
  public abstract String id();

  /**
   * Returns the date the briefing was given.
   *
   * @return the date the briefing was given
   */
  public abstract LocalDate date();

  /**
   * Returns where the briefing was given, if known.
   *
   * @return where the briefing was given, if known
   */
  public abstract Optional<String> venue();

  /**
   * Returns the country, as an ISO 3166-1 alpha-2 code such as {@code "KZ"}.
   *
   * @return the country, as an ISO 3166-1 alpha-2 code such as {@code "KZ"}
   */
  public abstract String jurisdiction();

  /**
   * Returns the investigation reported on.
   *
   * @return the investigation reported on
   */
  public abstract Investigation investigation();

  /**
   * Returns the speakers, in the order listed.
   *
   * @return the speakers, in the order listed
   */
  public abstract List<Speaker> speakers();

  /**
   * Returns the sources of the record, in the order listed.
   *
   * @return the sources of the record, in the order listed
   */
  public abstract List<Source> sources();

  /**
   * Returns whether the figures are declared provisional ("subject to change"). False unless stated.
   *
   * @return whether the figures are declared provisional ("subject to change"). False unless stated
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /**
   * Returns every statement of the briefing in free text, in order.
   *
   * @return every statement of the briefing in free text, in order
   */
  public abstract List<Statement> statements();

  /**
   * Returns the detention records, one per scope.
   *
   * @return the detention records, one per scope
   */
  public abstract List<DetentionStats> detention();

  /**
   * Returns the criminal-case records, one per scope.
   *
   * @return the criminal-case records, one per scope
   */
  public abstract List<CriminalCases> criminalCases();

  /**
   * Returns the figures on organized crime, if stated.
   *
   * @return the figures on organized crime, if stated
   */
  public abstract Optional<OrganizedCrime> organizedCrime();

  /**
   * Returns the figures on weapons seized, one record per scope.
   *
   * @return the figures on weapons seized, one record per scope
   */
  public abstract List<WeaponSeizure> weaponSeizure();

  /**
   * Returns the damage, one record per scope.
   *
   * @return the damage, one record per scope
   */
  public abstract List<Damage> damage();

  /**
   * Returns the dead and injured, one record per scope.
   *
   * @return the dead and injured, one record per scope
   */
  public abstract List<Casualties> casualties();

  /**
   * Returns the weapons lost from arsenals.
   *
   * @return the weapons lost from arsenals
   */
  public abstract List<ArsenalLoss> arsenalLosses();

  /**
   * Returns the property recovered.
   *
   * @return the property recovered
   */
  public abstract List<PropertyRecovery> propertyRecoveries();

  /**
   * Returns the officials under investigation.
   *
   * @return the officials under investigation
   */
  public abstract List<OfficialCase> officials();

  /**
   * Returns the measures of the user's own that {@link #ownFigures()} state.
   *
   * @return the measures of the user's own that {@link #ownFigures()} state
   */
  public abstract List<OwnMeasure> ownMeasures();

  /**
   * Returns the figures of the user's own measures.
   *
   * @return the figures of the user's own measures
   */
  public abstract List<OwnFigure> ownFigures();

  /**
   * Returns the declared measure of the user's own with the id, if any.
   *
   * @param id not null
   * @return the measure, or empty
   */
  public Optional<OwnMeasure> ownMeasure(String id) {
    return ownMeasures().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Returns the path of a figure of the user's own: {@code detention[mass-riots].sentencesReduced},
   * or {@code measures.businessesAffected} for a measure of no section.
   *
   * @param figure one of {@link #ownFigures()}, not null
   * @return the path, never null
   */
  public String path(OwnFigure figure) {
    String section = ownMeasure(figure.measure()).flatMap(OwnMeasure::section).orElse(OwnMeasure.NO_SECTION);
    return section + figure.scope().map(k -> "[" + k + "]").orElse("") + "." + figure.measure();
  }

  /**
   * Returns the speaker with the id, if listed.
   *
   * @param id not null
   * @return the speaker, or empty
   */
  public Optional<Speaker> speaker(String id) {
    return speakers().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns every stated figure of the briefing by its path, section by section in the order of
   * {@link Section#standard()}, each in declaration order: {@code detention[mass-riots].suspects},
   * {@code criminalCases.underInvestigation}, {@code weaponSeizure.byType[pistol]},
   * {@code arsenalLosses[Zhambyl Region Police Department].stolen}. The paths are those of
   * {@link Section#path(Object, Figure, Figure.Stated)}, which findings, diffs and series use too.
   *
   * @return the figures, never null
   */
  public Map<String, Count> figures() {
    Map<String, Count> all = new LinkedHashMap<>();
    for (Section<?, ?> section : Section.standard()) {
      putAll(all, section);
    }
    for (OwnFigure own : ownFigures()) {
      all.put(path(own), own.count());
      own.breakdown().ifPresent(b -> b.parts().forEach((key, count) -> all.put(path(own) + "[" + key.code() + "]", count)));
    }
    return Collections.unmodifiableMap(all);
  }

  private <S> void putAll(Map<String, Count> all, Section<S, ?> section) {
    for (S record : section.records(this)) {
      for (Figure<S, ?> figure : section.figures()) {
        for (Figure.Stated stated : figure.in(record)) {
          all.put(section.path(record, figure, stated), stated.count());
        }
      }
    }
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("id", id());
    p.date("date", date());
    if (!COUNTRIES.contains(jurisdiction())) {
      p.add("jurisdiction must be an ISO 3166-1 alpha-2 code such as KZ: " + Texts.quote(jurisdiction()));
    }
    venue().ifPresent(v -> p.notBlank("venue", v));

    Set<String> speakerIds = new HashSet<>();
    List<Speaker> all = speakers();
    for (int i = 0; i < all.size(); i++) {
      Speaker s = all.get(i);
      if (!speakerIds.add(s.id())) {
        p.add("speakers lists id " + Texts.quote(s.id()) + " more than once");
      }
    }
    List<Section<?, ?>> sections = Section.standard();
    boolean statedMoreThanOnce = false;
    for (int i = 0; i < sections.size(); i++) {
      statedMoreThanOnce |= figureAttributions(p, speakerIds, sections.get(i));
      subScopes(p, sections.get(i));
    }
    ownFigures(p, speakerIds);
    for (int i = 0; i < statements().size(); i++) {
      Optional<String> a = statements().get(i).attribution();
      if (a.isPresent() && !speakerIds.contains(a.get())) {
        attribution(p, speakerIds, "statements[" + i + "]", a.get());
      }
    }
    for (int i = 0; i < propertyRecoveries().size(); i++) {
      Optional<String> a = propertyRecoveries().get(i).attribution();
      if (a.isPresent() && !speakerIds.contains(a.get())) {
        attribution(p, speakerIds, "propertyRecoveries[" + i + "]", a.get());
      }
    }

    distinctScopes(p, DetentionStats.SECTION);
    distinctScopes(p, CriminalCases.SECTION);
    distinctScopes(p, WeaponSeizure.SECTION);
    distinctScopes(p, Casualties.SECTION);
    distinctScopes(p, Damage.SECTION);
    for (Damage d : damage()) {
      String path = Damage.SECTION.path(d);
      d.total().ifPresent(t -> amountBy(p, speakerIds, t, path + ".total"));
      d.byParty().parts().forEach((party, a) -> amountBy(p, speakerIds, a, path + ".byParty[" + party.code() + "]"));
    }

    Set<String> caseIds = new HashSet<>();
    for (OfficialCase o : officials()) {
      if (!caseIds.add(o.id())) {
        p.add("officials lists id " + Texts.quote(o.id()) + " more than once");
      }
    }
    Set<String> places = new HashSet<>();
    for (ArsenalLoss loss : arsenalLosses()) {
      if (!places.add(loss.takenFrom())) {
        p.add("arsenalLosses lists the place " + Texts.quote(loss.takenFrom()) + " more than once");
      }
      loss.officialCase().filter(id -> !caseIds.contains(id)).ifPresent(id -> p.add(ArsenalLoss.SECTION.path(loss)
          + ".officialCase names no official case of the briefing: " + Texts.quote(id)));
    }
    if (p.any()) {
      p.throwIfAny("Briefing " + Texts.quote(id()));
    }
    eachStatedOnce = !statedMoreThanOnce;
  }

  /**
   * Returns whether some figure of the standard sections, a part or the overlap of a breakdown among
   * them, is stated more than once ({@link Count#alsoStated()} is not empty): what the rule
   * {@code briefing.conflicting-statements} compares. Known for most briefings from the checks run
   * when the briefing was built.
   *
   * @return whether some figure of the standard sections is stated more than once
   */
  public boolean statesAFigureMoreThanOnce() {
    if (eachStatedOnce) {
      return false;
    }
    for (Section<?, ?> section : Section.standard()) {
      if (statesMoreThanOnce(section)) {
        return true;
      }
    }
    return false;
  }

  private <S> boolean statesMoreThanOnce(Section<S, ?> section) {
    for (S record : section.records(this)) {
      for (Figure<S, ?> figure : section.figures()) {
        if (!figure.isBreakdown()) {
          if (figure.value(record).filter(c -> !c.alsoStated().isEmpty()).isPresent()) {
            return true;
          }
          continue;
        }
        Breakdown<? extends Term, Count> parts = figure.parts().orElseThrow().of(record);
        for (Count part : parts.parts().values()) {
          if (!part.alsoStated().isEmpty()) {
            return true;
          }
        }
        if (parts.overlap().filter(c -> !c.alsoStated().isEmpty()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Checks the attributions and as-of dates of a section's figures; a path is built only for a figure
   * that fails. Returns whether a figure of the section is stated more than once.
   */
  private <S> boolean figureAttributions(Problems p, Set<String> speakerIds, Section<S, ?> section) {
    boolean more = false;
    List<S> records = section.records(this);
    List<? extends Figure<S, ?>> figures = section.figures();
    for (int r = 0; r < records.size(); r++) {
      S record = records.get(r);
      for (int i = 0; i < figures.size(); i++) {
        Figure<S, ?> figure = figures.get(i);
        if (!figure.isBreakdown()) {
          Optional<Count> count = figure.value(record);
          if (count.isPresent() && saysMore(count.get())) {
            more |= !count.get().alsoStated().isEmpty();
            statedBy(p, speakerIds, count.get(), () -> section.path(record, figure));
          }
          continue;
        }
        Breakdown<? extends Term, Count> parts = figure.parts().orElseThrow().of(record);
        if (parts.isEmpty()) {
          continue;
        }
        for (Map.Entry<? extends Term, Count> part : parts.parts().entrySet()) {
          if (saysMore(part.getValue())) {
            more |= !part.getValue().alsoStated().isEmpty();
            statedBy(p, speakerIds, part.getValue(),
                () -> section.path(record, figure) + "[" + part.getKey().code() + "]");
          }
        }
        if (parts.overlap().isPresent()) {
          Count o = parts.overlap().get();
          more |= !o.alsoStated().isEmpty();
          statedBy(p, speakerIds, o, () -> section.path(record, figure) + ".overlap");
        }
      }
    }
    return more;
  }

  /** Returns whether a figure has an attribution, a date or another statement for {@link #statedBy} to check. */
  private static boolean saysMore(Count count) {
    return count.attribution().isPresent() || count.asOf().isPresent() || !count.alsoStated().isEmpty();
  }

  /** Checks that every statement of a figure names a listed speaker and is not as of a later date. */
  private void statedBy(Problems p, Set<String> speakerIds, Count count, java.util.function.Supplier<String> where) {
    statementBy(p, speakerIds, count, 0, where);
    List<Count> also = count.alsoStated();
    for (int i = 0; i < also.size(); i++) {
      statementBy(p, speakerIds, also.get(i), i + 1, where);
    }
  }

  /** Checks one statement of a figure, the {@code i}th of {@link Count#statements()}. */
  private void statementBy(Problems p, Set<String> speakerIds, Count statement, int i,
      java.util.function.Supplier<String> where) {
    Optional<String> attribution = statement.attribution();
    Optional<StatedDate> asOf = statement.asOf();
    if (attribution.isEmpty() && asOf.isEmpty()) {
      return;
    }
    boolean unknownSpeaker = attribution.filter(a -> !speakerIds.contains(a)).isPresent();
    boolean later = asOf.filter(d -> d.first().isAfter(date())).isPresent();
    if (unknownSpeaker || later) {
      String path = where.get() + (i == 0 ? "" : ".alsoStated[" + (i - 1) + "]");
      attribution.ifPresent(a -> attribution(p, speakerIds, path, a));
      asOf.filter(d -> d.first().isAfter(date())).ifPresent(d -> p.add(path
          + ".asOf is after the briefing's date " + date() + ": " + d));
    }
  }

  /**
   * Checks the measures of the user's own and their figures: distinct ids, a declared measure for
   * each figure, a scope its section has, one figure per measure and scope, and the attributions.
   */
  private void ownFigures(Problems p, Set<String> speakerIds) {
    if (ownMeasures().isEmpty() && ownFigures().isEmpty()) {
      return;
    }
    Set<String> ids = new HashSet<>();
    for (OwnMeasure m : ownMeasures()) {
      if (!ids.add(m.id())) {
        p.add("ownMeasures lists id " + Texts.quote(m.id()) + " more than once");
      }
    }
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < ownFigures().size(); i++) {
      OwnFigure f = ownFigures().get(i);
      String at = "ownFigures[" + i + "]";
      Optional<OwnMeasure> measure = ownMeasure(f.measure());
      if (measure.isEmpty()) {
        p.add(at + ".measure names no measure of ownMeasures: " + Texts.quote(f.measure()));
        continue;
      }
      measure.get().sectionDeclaration().ifPresent(section -> f.scope().filter(k -> !hasScope(section, k))
          .ifPresent(k -> p.add(at + ".scope names no scope of " + section.name() + ": " + Texts.quote(k))));
      if (!paths.add(path(f))) {
        p.add(at + " states " + path(f) + " a second time: give every statement in one figure's alsoStated");
      }
      statedBy(p, speakerIds, f.count(), () -> path(f));
      f.breakdown().ifPresent(b -> b.parts().forEach((key, count) ->
          statedBy(p, speakerIds, count, () -> path(f) + "[" + key.code() + "]")));
    }
  }

  private <S> boolean hasScope(Section<S, ?> section, String key) {
    for (S record : section.records(this)) {
      if (section.key(record).filter(key::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Checks that an amount names a listed speaker and is not as of a later date. */
  private void amountBy(Problems p, Set<String> speakerIds, StatedAmount amount, String path) {
    amount.attribution().ifPresent(a -> attribution(p, speakerIds, path, a));
    amount.asOf().filter(d -> d.first().isAfter(date()))
        .ifPresent(d -> p.add(path + ".asOf is after the briefing's date " + date() + ": " + d));
  }

  /** Checks that every parent scope is a record of the same section, and that no scopes lie within each other in a cycle. */
  private <S> void subScopes(Problems p, Section<S, ?> section) {
    boolean anyParent = false;
    List<S> records = section.records(this);
    for (int i = 0; i < records.size(); i++) {
      anyParent |= section.scope(records.get(i)).flatMap(Scope::parent).isPresent();
    }
    if (!anyParent) {
      return; // most briefings have no scope within another
    }
    Map<String, String> parents = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    boolean unscoped = false;
    for (S record : section.records(this)) {
      Optional<Scope> scope = section.scope(record);
      unscoped |= scope.isEmpty();
      scope.ifPresent(sc -> {
        keys.add(sc.key());
        sc.parent().ifPresent(parent -> parents.put(sc.key(), parent));
      });
    }
    boolean whole = unscoped;
    parents.forEach((key, parent) -> {
      String path = section.name() + "[" + key + "].scope.parent";
      if (parent.equals(Scope.WHOLE) && !whole) {
        p.add(path + " is the record without a scope, which " + section.name() + " does not have");
      } else if (!parent.equals(Scope.WHOLE) && !keys.contains(parent)) {
        p.add(path + " names no scope of " + section.name() + ": " + Texts.quote(parent));
      }
    });
    Set<String> reported = new HashSet<>();
    for (String start : parents.keySet()) {
      List<String> chain = new java.util.ArrayList<>(List.of(start));
      for (String at = parents.get(start); at != null && !reported.contains(start); at = parents.get(at)) {
        if (chain.contains(at)) {
          chain.add(at);
          reported.addAll(chain);
          p.add(section.name() + " scopes lie within each other in a cycle: " + String.join(" → ", chain));
          break;
        }
        chain.add(at);
      }
    }
  }

  private static void attribution(Problems p, Set<String> speakerIds, String path, String speakerId) {
    if (!speakerIds.contains(speakerId)) {
      p.add(path + ".attribution names no speaker of the briefing: " + Texts.quote(speakerId));
    }
  }

  private <S> void distinctScopes(Problems p, Section<S, ?> of) {
    List<S> records = of.records(this);
    if (records.size() < 2) {
      return;
    }
    String section = of.name();
    Set<String> keys = new HashSet<>();
    boolean unscoped = false;
    for (S record : records) {
      Optional<Scope> scope = of.scope(record);
      if (scope.isEmpty()) {
        if (unscoped) {
          p.add(section + " has more than one record without a scope");
        }
        unscoped = true;
      } else {
        String key = scope.get().key();
        if (!keys.add(key)) {
          p.add(section + " has more than one record with scope " + Texts.quote(key));
        }
      }
    }
  }

  /** Builds a {@link Briefing}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableBriefing.Builder {
    Builder() {}
  }
}
