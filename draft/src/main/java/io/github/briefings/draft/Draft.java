package io.github.briefings.draft;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Figure;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Section;
import io.github.briefings.model.Source;
import io.github.briefings.model.SourceSpan;
import io.github.briefings.model.Statement;
import io.github.briefings.model.Term;
import io.github.briefings.model.Unit;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures drafted from a text, and the briefing they make: each figure placed at the measure
 * guessed for it, in a record without a scope (a person gives the scopes); each amount of money as a
 * property recovery to describe; every other figure, whose measure was not guessed, could not be
 * placed or was guessed twice, as a measure of one's own named {@code unassigned1}, {@code unassigned2}…
 * so that nothing is dropped; a figure that is no whole number, as a statement of its words. Immutable.
 */
public final class Draft {
  private static final List<Section<?, ?>> PLACED = List.of(DetentionStats.SECTION, CriminalCases.SECTION,
      OrganizedCrime.SECTION, WeaponSeizure.SECTION, Casualties.SECTION, ArsenalLoss.SECTION);

  private final String text;
  private final List<DraftFigure> figures;

  Draft(String text, List<DraftFigure> figures) {
    this.text = text;
    this.figures = List.copyOf(figures);
  }

  /**
   * Returns the figures, in the order the text states them.
   *
   * @return the figures, never null
   */
  public List<DraftFigure> figures() {
    return figures;
  }

  /**
   * Returns the text the figures were drafted from.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /** A record being drafted: its builder and the breakdowns gathered for it. */
  private static final class Record<S, B> {
    final Section<S, B> section;
    final B builder;
    final Map<String, Breakdown.Builder<?, Count>> breakdowns = new LinkedHashMap<>();

    Record(Section<S, B> section, B builder) {
      this.section = section;
      this.builder = builder;
    }
  }

  /**
   * Returns the draft as a briefing: provisional, with the figures placed as described above.
   *
   * @param id the briefing's id, a slug
   * @param date the briefing's date
   * @param jurisdiction the ISO 3166 code of the country
   * @param investigation the investigation
   * @return the briefing, never null
   * @throws io.github.briefings.model.InvalidValueException if the id, the date or the jurisdiction is not valid
   */
  public Briefing briefing(String id, LocalDate date, String jurisdiction, Investigation investigation) {
    return briefing(id, date, jurisdiction, investigation, Optional.empty(), "");
  }

  /**
   * Returns the draft as a briefing, as {@link #briefing(String, LocalDate, String, Investigation)}
   * does, with the source text among its sources and a {@link SourceSpan span} of it on every count and
   * every property recovered: where each figure was read.
   *
   * @param id the briefing's id, a slug
   * @param date the briefing's date
   * @param jurisdiction the ISO 3166 code of the country
   * @param investigation the investigation
   * @param source the id of the source text, such as its file name; not blank
   * @param sha256 the SHA-256 of the source's bytes ({@link SourceCheck#sha256(byte[])})
   * @return the briefing, never null
   * @throws io.github.briefings.model.InvalidValueException if a value is not valid
   */
  public Briefing briefing(String id, LocalDate date, String jurisdiction, Investigation investigation, String source,
      String sha256) {
    return briefing(id, date, jurisdiction, investigation, Optional.of(source), sha256);
  }

  private Briefing briefing(String id, LocalDate date, String jurisdiction, Investigation investigation,
      Optional<String> source, String sha256) {
    Briefing.Builder b = Briefing.builder().id(id).date(date).jurisdiction(jurisdiction).investigation(investigation)
        .provisional(true);
    source.ifPresent(name -> b.addSources(Source.builder().title(name).documentReference(name + " (SHA-256 " + sha256 + ")")
        .build()));
    Map<String, Record<?, ?>> records = new LinkedHashMap<>();
    Set<String> placed = new HashSet<>();
    int unassigned = 0;
    for (DraftFigure f : figures) {
      Mention m = f.mention();
      if (m.isMoney()) {
        PropertyRecovery r = recovery(f);
        b.addPropertyRecoveries(source.map(name -> PropertyRecovery.builder().from(r)
            .span(SourceSpan.in(name, sha256, text, m.start(), m.end())).build()).orElse(r));
        continue;
      }
      Optional<Count> count = count(f).map(c -> source.map(name -> c.withSpan(SourceSpan.in(name, sha256, text,
          m.start(), m.end()))).orElse(c));
      String key = f.measure().map(x -> x + f.scope().map(sc -> "@" + sc).orElse("")).orElse("");
      boolean done = count.isPresent() && f.measure().isPresent() && !placed.contains(key)
          && place(records, f.measure().get(), f.scope(), count.get());
      if (done) {
        placed.add(key);
      } else if (count.isPresent()) {
        unassigned++;
        String id2 = "unassigned" + unassigned;
        b.addOwnMeasures(OwnMeasure.of(id2, "to confirm: " + f.wording(), unit(f), FigureKind.NEITHER));
        b.addOwnFigures(OwnFigure.of(id2, count.get()));
      } else {
        // a count holds whole numbers: a figure of another kind is kept as the words that state it
        b.addStatements(Statement.of("to confirm, a figure that is not a whole number: " + f.wording()));
      }
    }
    records.values().forEach(r -> add(b, r));
    return b.build();
  }

  private static PropertyRecovery recovery(DraftFigure f) {
    Mention m = f.mention();
    PropertyRecovery.Builder r = PropertyRecovery.builder().description("to confirm: " + f.wording())
        .amount(Money.of(m.value(), m.currency().get())).estimated(m.qualifier() != Qualifier.EXACT)
        .statedAs(m.exact());
    m.equivalent().filter(e -> !e.currency().equals(m.currency()))
        .ifPresent(e -> r.statedEquivalent(Money.of(e.value(), e.currency().get())));
    return r.build();
  }

  /** The count of a figure, when its value (and high end) are whole numbers that a count can hold. */
  private static Optional<Count> count(DraftFigure f) {
    Mention m = f.mention();
    Optional<Long> value = whole(m.value());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Count c;
    if (m.qualifier() == Qualifier.RANGE) {
      Optional<Long> high = m.high().flatMap(Draft::whole);
      if (high.isEmpty()) {
        return Optional.empty();
      }
      c = Count.between(value.get(), high.get());
    } else {
      c = Count.of(m.qualifier(), value.get());
    }
    return Optional.of(c.withStatedAs(f.wording()));
  }

  private static Optional<Long> whole(BigDecimal v) {
    try {
      return v.signum() >= 0 ? Optional.of(v.longValueExact()) : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Unit unit(DraftFigure f) {
    String w = f.wording().toLowerCase(Locale.ROOT);
    if (w.contains("case")) {
      return Unit.CASES;
    }
    if (w.contains("weapon") || w.contains("gun") || w.contains("rifle") || w.contains("pistol")) {
      return Unit.WEAPONS;
    }
    return Unit.PERSONS;
  }

  /** Sets the figure on its section's record; false when the measure names no figure that can be placed. */
  private static boolean place(Map<String, Record<?, ?>> records, String measure, Optional<String> scope, Count count) {
    int dot = measure.indexOf('.');
    String sectionName = measure.substring(0, dot);
    String figure = measure.substring(dot + 1);
    for (Section<?, ?> s : PLACED) {
      if (s.name().equals(sectionName)) {
        return placeIn(records, s, SCOPED.contains(s.name()) ? scope : Optional.empty(), figure, count);
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static <S, B> boolean placeIn(Map<String, Record<?, ?>> records, Section<S, B> section, Optional<String> scope,
      String figure, Count count) {
    Record<S, B> record = (Record<S, B>) records.computeIfAbsent(section.name() + scope.map(k -> "@" + k).orElse(""),
        k -> new Record<>(section, builder(section, scope)));
    int bracket = figure.indexOf('[');
    Optional<Figure<S, B>> f = section.figure(bracket < 0 ? figure : figure.substring(0, bracket));
    if (f.isEmpty()) {
      return false;
    }
    if (bracket < 0) {
      if (f.get().isBreakdown()) {
        return false;
      }
      f.get().set(record.builder, count);
      return true;
    }
    return f.get().parts().isPresent() && part(record, f.get().name(), f.get().parts().get(),
        figure.substring(bracket + 1, figure.length() - 1), count);
  }

  @SuppressWarnings("unchecked")
  private static <S, B, K extends Term> boolean part(Record<S, B> record, String figure, Figure.Parts<S, B, K> parts,
      String code, Count count) {
    Optional<K> key = parts.dimension().wellKnown().stream().filter(t -> t.code().equals(code)).findFirst();
    if (key.isEmpty()) {
      return false;
    }
    Breakdown.Builder<K, Count> breakdown = (Breakdown.Builder<K, Count>) record.breakdowns
        .computeIfAbsent(figure, k -> Breakdown.builder(parts.dimension()));
    breakdown.put(key.get(), count);
    return true;
  }

  /** The sections whose records have scopes, of the sections a draft places figures in. */
  private static final List<String> SCOPED = List.of("detention", "criminalCases", "weaponSeizure", "casualties");

  /** A new builder of the section's records, with the scope of a case category; an arsenal's place is to be confirmed. */
  @SuppressWarnings("unchecked")
  private static <S, B> B builder(Section<S, B> section, Optional<String> category) {
    Optional<Scope> scope = category.flatMap(code -> CaseCategory.VOCABULARY.wellKnown().stream()
        .filter(c -> c.code().equals(code)).findFirst()).map(Scope::of);
    switch (section.name()) {
      case "detention":
        return (B) DetentionStats.builder().scope(scope);
      case "criminalCases":
        return (B) CriminalCases.builder().scope(scope);
      case "organizedCrime":
        return (B) OrganizedCrime.builder();
      case "weaponSeizure":
        return (B) WeaponSeizure.builder().scope(scope);
      case "casualties":
        return (B) Casualties.builder().scope(scope);
      case "arsenalLosses":
        return (B) ArsenalLoss.builder().takenFrom("to confirm");
      default:
        throw new AssertionError(section.name());
    }
  }

  @SuppressWarnings("unchecked")
  private static <S, B> void add(Briefing.Builder b, Record<S, B> record) {
    record.breakdowns.forEach((name, breakdown) -> setBreakdown(record, name, breakdown));
    switch (record.section.name()) {
      case "detention":
        b.addDetention(((DetentionStats.Builder) record.builder).build());
        break;
      case "criminalCases":
        b.addCriminalCases(((CriminalCases.Builder) record.builder).build());
        break;
      case "organizedCrime":
        b.organizedCrime(((OrganizedCrime.Builder) record.builder).build());
        break;
      case "weaponSeizure":
        b.addWeaponSeizure(((WeaponSeizure.Builder) record.builder).build());
        break;
      case "casualties":
        b.addCasualties(((Casualties.Builder) record.builder).build());
        break;
      default:
        b.addArsenalLosses(((ArsenalLoss.Builder) record.builder).build());
    }
  }

  @SuppressWarnings("unchecked")
  private static <S, B, K extends Term> void setBreakdown(Record<S, B> record, String name, Breakdown.Builder<?, Count> b) {
    Figure.Parts<S, B, K> parts = (Figure.Parts<S, B, K>) record.section.figure(name).orElseThrow().parts().orElseThrow();
    parts.set(record.builder, ((Breakdown.Builder<K, Count>) b).build());
  }

  /**
   * Returns the review list: a line per figure, with its place in the text, its value, the measure
   * guessed and why, and the figure it breaks down.
   *
   * @return the list, a line per figure, ending with a line break
   */
  public String review() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < figures.size(); i++) {
      DraftFigure f = figures.get(i);
      Mention m = f.mention();
      out.append(String.format(Locale.ROOT, "%3d  [%d, %d)  %-22s  ", i + 1, m.start(), m.end(), "\"" + m.exact() + "\""));
      if (m.isMoney()) {
        out.append("amount ").append(m.value().toPlainString()).append(' ').append(m.currency().get());
        m.equivalent().ifPresent(e -> out.append(" (").append(e.value().toPlainString()).append(' ')
            .append(e.currency().orElse("")).append(')'));
        out.append("  → propertyRecoveries: describe it");
      } else {
        out.append(m.qualifier()).append(' ').append(m.value().toPlainString());
        m.high().ifPresent(h -> out.append(" to ").append(h.toPlainString()));
        out.append("  → ").append(f.measure().map(x -> x + " (" + f.because() + ")").orElse("UNASSIGNED: no word suggests a measure"));
        f.scope().ifPresent(sc -> out.append("  scope ").append(sc).append(" (").append(f.scopeBecause()).append(')'));
      }
      f.partOf().ifPresent(w -> out.append("  part of #").append(w + 1));
      out.append('\n');
    }
    return out.toString();
  }
}
