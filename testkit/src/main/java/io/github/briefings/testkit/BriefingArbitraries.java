package io.github.briefings.testkit;

import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DamagedParty;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.EvidenceKind;
import io.github.briefings.model.Figure;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OfficialStatus;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Region;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Section;
import io.github.briefings.model.Source;
import io.github.briefings.model.SourceSpan;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Statement;
import io.github.briefings.model.Term;
import io.github.briefings.model.Unit;
import io.github.briefings.model.Vocabulary;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every model type, built by construction, never by filtering: every value
 * generated can be built, and the briefings are of every shape the model allows, so a rule of yours
 * meets what real files hold. Attributions always name a speaker of the generated briefing, and as-of
 * dates lie before every generated briefing date. For briefings that satisfy every standard rule, see
 * {@link ConsistentBriefings}.
 *
 * <p>Use them from a {@code @Provide} method: {@code return BriefingArbitraries.briefings();}.
 */
public final class BriefingArbitraries {
  private BriefingArbitraries() {}

  /**
   * Returns lowercase slugs such as {@code ab-c1}: ids, codes and scope keys.
   *
   * @return slugs of one to three words
   */
  public static Arbitrary<String> slugs() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
  }

  /**
   * Returns non-blank texts of up to 41 characters, with commas, quotes, backslashes and characters
   * outside ASCII among them.
   *
   * @return non-blank texts
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', '.', '’', 'ё', '—', '"', '\\')
        .ofMinLength(1).ofMaxLength(40).map(s -> "x" + s);
  }

  /**
   * Returns figure values from 0 to {@code Long.MAX_VALUE - 1}, half of them below 2,000, as
   * briefings state them.
   *
   * @return figure values
   */
  public static Arbitrary<Long> values() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, Long.MAX_VALUE - 1));
  }

  /**
   * Returns figures of every qualifier, without attribution.
   *
   * @return figures of every qualifier
   */
  public static Arbitrary<Count> counts() {
    return counts(List.of());
  }

  /**
   * Figures of every qualifier, attributed (sometimes) to one of the speaker ids, and now and then
   * stated a second time.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return figures of every qualifier
   */
  public static Arbitrary<Count> counts(List<String> speakerIds) {
    Arbitrary<Count> once = statedOnce(speakerIds);
    return Combinators.combine(once, once.list().ofMaxSize(1), Arbitraries.integers().between(0, 9))
        .as((c, others, dice) -> dice == 0 ? c.withAlsoStated(others) : c);
  }

  private static Arbitrary<Count> statedOnce(List<String> speakerIds) {
    Arbitrary<Count> bare = Arbitraries.of(Qualifier.class).flatMap(q -> {
      if (q == Qualifier.RANGE) {
        return Combinators.combine(values(), values()).as((a, b) -> Count.between(Math.min(a, b), Math.max(a, b)));
      }
      if (q == Qualifier.FEWER_THAN) {
        return values().map(v -> Count.fewerThan(v + 1));
      }
      return values().map(v -> Count.of(q, v));
    });
    Arbitrary<Optional<String>> wording = maybe(texts());
    Arbitrary<Optional<String>> attribution = speakerIds.isEmpty()
        ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(speakerIds));
    return Combinators.combine(bare, wording, attribution, Arbitraries.of(false, false, false, true), asOf(),
            maybe(sourceSpans()))
        .as((c, w, a, correction, asOf, span) -> Count.builder().from(c).statedAs(w).attribution(a).correction(correction)
            .asOf(asOf).span(span).build());
  }

  /**
   * Returns spans of source texts: a quote of one to four code points (characters outside the Basic
   * Multilingual Plane among them) at a position, with a context either side, possibly empty.
   *
   * @return spans of source texts
   */
  public static Arbitrary<SourceSpan> sourceSpans() {
    Arbitrary<String> quotes = Arbitraries.strings().withCharRange('a', 'z').withChars('1', ',', ' ', '\u00e9')
        .ofMinLength(1).ofMaxLength(4).map(q -> q.replace(" ", "\uD83D\uDCCA"));
    Arbitrary<String> context = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '"').ofMaxLength(8);
    Arbitrary<String> sha256 = Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(64);
    return Combinators.combine(slugs().map(s -> s + ".txt"), sha256, quotes, context, context,
            Arbitraries.integers().between(0, 1_000_000))
        .as((source, hash, quote, prefix, suffix, start) -> SourceSpan.of(source, hash, quote, prefix, suffix, start,
            start + quote.codePointCount(0, quote.length())));
  }

  /**
   * Returns stated dates of every precision (a day, a month, a year) from 1990 to 1999, before the
   * earliest briefing date generated ({@link #dates()}), so that no figure is stated as of a date
   * after its briefing.
   *
   * @return stated dates of the 1990s
   */
  public static Arbitrary<StatedDate> statedDates() {
    Arbitrary<StatedDate> days = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(1999, 12, 31).toEpochDay()).map(d -> StatedDate.of(LocalDate.ofEpochDay(d)));
    Arbitrary<StatedDate> months = Combinators.combine(Arbitraries.integers().between(1990, 1999),
        Arbitraries.integers().between(1, 12)).as((y, m) -> StatedDate.of(java.time.YearMonth.of(y, m)));
    Arbitrary<StatedDate> years = Arbitraries.integers().between(1990, 1999).map(StatedDate::ofYear);
    return Arbitraries.oneOf(days, months, years);
  }

  /** As-of dates, now and then. */
  private static Arbitrary<Optional<StatedDate>> asOf() {
    return statedDates().injectNull(0.8).map(Optional::ofNullable);
  }

  /**
   * Returns exact figures between the bounds, both included.
   *
   * @param min the least value, at least 0
   * @param max the greatest value, at least {@code min}
   * @return exact figures
   */
  public static Arbitrary<Count> exactCounts(long min, long max) {
    return Arbitraries.longs().between(min, max).map(Count::exactly);
  }

  /**
   * Returns the values of an arbitrary, present half of the time.
   *
   * @param arbitrary the values, not null
   * @param <T> the type of the values
   * @return the values, or empty
   */
  public static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> arbitrary) {
    return arbitrary.injectNull(0.5).map(Optional::ofNullable);
  }

  /**
   * Addends of a vocabulary: its well-known ones and terms of the user's own, with every attribute the
   * vocabulary declares (an optional one present half of the time).
   *
   * @param vocabulary the vocabulary, not null
   * @param <T> the type of its terms
   * @return terms of the vocabulary
   */
  public static <T extends Term> Arbitrary<T> terms(Vocabulary<T> vocabulary) {
    Arbitrary<Map<String, Object>> attributes = Arbitraries.just(Map.of());
    for (Vocabulary.Attribute<T> a : vocabulary.attributes()) {
      Arbitrary<?> value = a.type() == Boolean.class ? Arbitraries.of(true, false) : texts();
      Arbitrary<?> given = a.isRequired() ? value : value.injectNull(0.5);
      attributes = Combinators.combine(attributes, given).as((m, v) -> {
        Map<String, Object> more = new HashMap<>(m);
        if (v != null) {
          more.put(a.name(), v);
        }
        return more;
      });
    }
    Arbitrary<T> own = Combinators.combine(slugs(), texts(), attributes)
        .as((code, label, values) -> vocabulary.of("x-" + code, label, values));
    return vocabulary.wellKnown().isEmpty() ? own : Arbitraries.oneOf(Arbitraries.of(vocabulary.wellKnown()), own);
  }

  /**
   * Returns scopes: a category of cases, or described in words.
   *
   * @return scopes
   */
  public static Arbitrary<Scope> scopes() {
    return Arbitraries.oneOf(terms(CaseCategory.VOCABULARY).map(Scope::of),
        Combinators.combine(slugs(), texts()).as(Scope::described));
  }

  /**
   * Returns amounts of money in six currencies, up to 10<sup>15</sup>, with scales from 0 to 4
   * (beyond the minor unit of some).
   *
   * @return amounts of money
   */
  public static Arbitrary<Money> money() {
    Arbitrary<BigDecimal> amounts = Combinators.combine(
            Arbitraries.bigIntegers().between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(15)),
            Arbitraries.integers().between(0, 4))
        .as(BigDecimal::new);
    return Combinators.combine(amounts, Arbitraries.of("KZT", "USD", "EUR", "RUB", "JPY", "BHD"))
        .as(Money::of);
  }

  /**
   * Returns lists of up to three speakers with distinct ids.
   *
   * @return speakers
   */
  public static Arbitrary<List<Speaker>> speakers() {
    Arbitrary<Speaker> speaker = Combinators.combine(slugs(), maybe(texts()), maybe(texts()), texts())
        .as((id, name, position, organisation) -> Speaker.builder().id(id).name(name).position(position)
            .organisation(organisation).build());
    return speaker.list().ofMaxSize(3).uniqueElements(Speaker::id);
  }

  /**
   * Sets on a builder each single figure its section declares, each present half of the time: a new
   * declared figure is generated without a change here.
   *
   * @param section the section, not null
   * @param counts the figures to set, not null
   * @param <S> the record type of the section
   * @param <B> its builder type
   * @return what sets the figures on a builder
   */
  public static <S, B> Arbitrary<Consumer<B>> singleFigures(Section<S, B> section, Arbitrary<Count> counts) {
    List<Figure<S, B>> singles = section.figures().stream().filter(f -> !f.isBreakdown()).collect(Collectors.toList());
    return maybe(counts).list().ofSize(singles.size()).map(values -> builder -> {
      for (int i = 0; i < singles.size(); i++) {
        Figure<S, B> figure = singles.get(i);
        values.get(i).ifPresent(count -> figure.set(builder, count));
      }
    });
  }

  /**
   * Every figure a section declares, set through the declarations: each single figure present half of
   * the time, and each breakdown along its dimension.
   *
   * @param section the section, not null
   * @param counts the figures to set, not null
   * @param <S> the record type of the section
   * @param <B> its builder type
   * @return what sets the figures on a builder
   */
  public static <S, B> Arbitrary<Consumer<B>> figures(Section<S, B> section, Arbitrary<Count> counts) {
    Arbitrary<Consumer<B>> all = singleFigures(section, counts);
    for (Figure<S, B> f : section.figures()) {
      if (f.parts().isPresent()) {
        all = Combinators.combine(all, setter(f.parts().get(), counts)).as(Consumer::andThen);
      }
    }
    return all;
  }

  private static <S, B, K extends Term> Arbitrary<Consumer<B>> setter(Figure.Parts<S, B, K> parts,
      Arbitrary<Count> counts) {
    return breakdowns(parts.dimension(), counts).map(breakdown -> builder -> parts.set(builder, breakdown));
  }

  /**
   * Breakdowns along a dimension: up to four parts with distinct codes, of every coverage, an
   * overlapping one with a stated overlap half of the time; none at all now and then.
   *
   * @param dimension the vocabulary of the parts, not null
   * @param counts the figures of the parts, not null
   * @param <K> the type of the keys
   * @return breakdowns
   */
  public static <K extends Term> Arbitrary<Breakdown<K, Count>> breakdowns(Vocabulary<K> dimension, Arbitrary<Count> counts) {
    Arbitrary<List<K>> keys = terms(dimension).list().ofMaxSize(4).uniqueElements(Term::code);
    return Combinators.combine(keys.flatMap(ks -> counts.list().ofSize(ks.size()).map(cs -> zip(ks, cs))),
        Arbitraries.of(Breakdown.Coverage.class), maybe(counts)).as((parts, coverage, overlap) -> {
          Breakdown.Builder<K, Count> b = Breakdown.builder(dimension);
          parts.forEach(e -> b.put(e.getKey(), e.getValue()));
          if (!parts.isEmpty()) {
            b.coverage(coverage);
            if (coverage == Breakdown.Coverage.OVERLAPPING) {
              overlap.ifPresent(b::overlap);
            }
          }
          return b.build();
        });
  }

  /**
   * Returns detention records without scope, with every figure the section declares.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return detention records
   */
  public static Arbitrary<DetentionStats> detentionStats(List<String> speakerIds) {
    Arbitrary<Count> c = counts(speakerIds);
    Arbitrary<List<EvidenceKind>> evidence = terms(EvidenceKind.VOCABULARY).list().ofMaxSize(3).uniqueElements(EvidenceKind::code);
    return Combinators.combine(figures(DetentionStats.SECTION, c), evidence).as((figures, kinds) -> {
      DetentionStats.Builder b = DetentionStats.builder();
      figures.accept(b);
      return b.addAllConvictionEvidence(kinds).build();
    });
  }

  /**
   * Returns criminal-case records without scope.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return criminal-case records
   */
  public static Arbitrary<CriminalCases> criminalCases(List<String> speakerIds) {
    return figures(CriminalCases.SECTION, counts(speakerIds)).map(figures -> {
      CriminalCases.Builder b = CriminalCases.builder();
      figures.accept(b);
      return b.build();
    });
  }

  /**
   * Returns organized-crime records.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return organized-crime records
   */
  public static Arbitrary<OrganizedCrime> organizedCrime(List<String> speakerIds) {
    return singleFigures(OrganizedCrime.SECTION, counts(speakerIds)).map(figures -> {
      OrganizedCrime.Builder b = OrganizedCrime.builder();
      figures.accept(b);
      return b.build();
    });
  }

  /**
   * What follows the sections with scopes in a generated briefing: property recoveries, officials, and
   * measures of one's own.
   */
  private record Tail(List<PropertyRecovery> recoveries, Officials officials, Own own) {}

  /** Measures of one's own and their figures. */
  private record Own(List<OwnMeasure> measures, List<OwnFigure> figures) {}

  /**
   * Returns lists of up to three measures of the user's own with distinct ids, of every unit and kind,
   * none in a section.
   *
   * @return measures of one's own
   */
  public static Arbitrary<List<OwnMeasure>> ownMeasures() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(10).map(s -> "own" + s);
    return Combinators.combine(ids, texts(), Arbitraries.of(Unit.class), Arbitraries.of(FigureKind.class))
        .as(OwnMeasure::of).list().ofMaxSize(3).uniqueElements(OwnMeasure::id);
  }

  /**
   * Returns figures of the given measures, at most one per measure, each broken down by region now
   * and then.
   *
   * @param measures the measures the figures state, not null
   * @param speakerIds the ids attributions may use; none when empty
   * @return figures of one's own
   */
  public static Arbitrary<List<OwnFigure>> ownFigures(List<OwnMeasure> measures, List<String> speakerIds) {
    Arbitrary<Count> counts = counts(speakerIds);
    List<OwnMeasure> ms = List.copyOf(measures);
    return Combinators.combine(
        counts.list().ofSize(ms.size()), maybe(breakdowns(Region.VOCABULARY, counts)).list().ofSize(ms.size()),
        Arbitraries.of(true, false).list().ofSize(ms.size())).as((cs, regions, stated) -> {
          List<OwnFigure> out = new ArrayList<>();
          for (int i = 0; i < ms.size(); i++) {
            if (stated.get(i)) {
              OwnFigure f = OwnFigure.of(ms.get(i).id(), cs.get(i));
              out.add(regions.get(i).map(f::withBreakdown).orElse(f));
            }
          }
          return out;
        });
  }

  /**
   * Amounts of money in tenge, of every qualifier, with an equivalent in dollars now and then,
   * attributed (sometimes) to one of the speaker ids.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return stated amounts
   */
  public static Arbitrary<StatedAmount> amounts(List<String> speakerIds) {
    Arbitrary<Money> tenge = Arbitraries.longs().between(0, 1_000_000_000_000L).map(v -> Money.of(BigDecimal.valueOf(v), "KZT"));
    Arbitrary<StatedAmount> bare = Arbitraries.of(Qualifier.class).flatMap(q -> {
      if (q == Qualifier.RANGE) {
        return Combinators.combine(tenge, tenge).as((a, b) -> a.compareTo(b) <= 0 ? StatedAmount.between(a, b)
            : StatedAmount.between(b, a));
      }
      if (q == Qualifier.FEWER_THAN) {
        return tenge.map(m -> StatedAmount.of(q, Money.of(m.amount().add(BigDecimal.ONE), "KZT")));
      }
      return tenge.map(m -> StatedAmount.of(q, m));
    });
    Arbitrary<Optional<Money>> dollars = maybe(Arbitraries.longs().between(0, 1_000_000_000L)
        .map(v -> Money.of(BigDecimal.valueOf(v), "USD")));
    Arbitrary<Optional<String>> attribution = speakerIds.isEmpty()
        ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(speakerIds));
    return Combinators.combine(bare, dollars, maybe(texts()), attribution, asOf(), maybe(sourceSpans()))
        .as((a, usd, w, by, asOf, span) -> StatedAmount.builder().from(a).statedEquivalent(usd).statedAs(w)
            .attribution(by).asOf(asOf).span(span).build());
  }

  /**
   * Returns damage records without scope: the counts, and now and then a total with parts by party.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return damage records
   */
  public static Arbitrary<Damage> damage(List<String> speakerIds) {
    Arbitrary<StatedAmount> a = amounts(speakerIds);
    Arbitrary<Breakdown<DamagedParty, StatedAmount>> parties = terms(DamagedParty.VOCABULARY).list().ofMaxSize(3)
        .uniqueElements(Term::code).flatMap(ks -> a.list().ofSize(ks.size()).map(vs -> zip(ks, vs)))
        .flatMap(parts -> Arbitraries.of(Breakdown.Coverage.class).map(coverage -> {
          Breakdown.Builder<DamagedParty, StatedAmount> b = Breakdown.ofAmounts(DamagedParty.VOCABULARY);
          parts.forEach(e -> b.put(e.getKey(), e.getValue()));
          return parts.isEmpty() ? b.build() : b.coverage(coverage).build();
        }));
    return Combinators.combine(figures(Damage.SECTION, counts(speakerIds)), maybe(a), parties).as((figures, total, byParty) -> {
      Damage.Builder b = Damage.builder().total(total).byParty(byParty);
      figures.accept(b);
      return b.build();
    });
  }

  /**
   * Returns casualty records without scope.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return casualty records
   */
  public static Arbitrary<Casualties> casualties(List<String> speakerIds) {
    return figures(Casualties.SECTION, counts(speakerIds)).map(figures -> {
      Casualties.Builder b = Casualties.builder();
      figures.accept(b);
      return b.build();
    });
  }

  /**
   * Returns weapon seizures without scope.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return weapon seizures
   */
  public static Arbitrary<WeaponSeizure> weaponSeizures(List<String> speakerIds) {
    return figures(WeaponSeizure.SECTION, counts(speakerIds)).map(figures -> {
      WeaponSeizure.Builder b = WeaponSeizure.builder();
      figures.accept(b);
      return b.build();
    });
  }

  private static <K, V> List<java.util.Map.Entry<K, V>> zip(List<K> keys, List<V> values) {
    List<java.util.Map.Entry<K, V>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      out.add(java.util.Map.entry(keys.get(i), values.get(i)));
    }
    return out;
  }

  /**
   * Returns property recoveries, the stated equivalent (when present) in another currency.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return property recoveries
   */
  public static Arbitrary<PropertyRecovery> propertyRecoveries(List<String> speakerIds) {
    Arbitrary<Optional<String>> attribution = speakerIds.isEmpty()
        ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(speakerIds));
    return Combinators.combine(texts(), money(), money(), Arbitraries.of(true, false), maybe(texts()), attribution,
            maybe(sourceSpans()))
        .as((d, amount, equivalent, estimated, wording, a, span) -> {
          PropertyRecovery.Builder b = PropertyRecovery.builder().description(d).amount(amount).estimated(estimated)
              .statedAs(wording).attribution(a).span(span);
          if (!equivalent.currency().equals(amount.currency())) {
            b.statedEquivalent(equivalent);
          }
          return b.build();
        });
  }

  /**
   * Returns lists of up to three officials' cases with distinct ids.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return officials' cases
   */
  public static Arbitrary<List<OfficialCase>> officials(List<String> speakerIds) {
    Arbitrary<OfficialCase> one = Combinators.combine(slugs(), texts(), texts(), Arbitraries.of(OfficialStatus.class),
            texts(), singleFigures(OfficialCase.SECTION, counts(speakerIds)), Arbitraries.of(true, false))
        .as((id, post, org, status, allegation, figures, previously) -> {
          OfficialCase.Builder b = OfficialCase.builder().id(id).post(post).organisation(org).status(status)
              .allegation(allegation).previouslyReported(previously);
          figures.accept(b);
          return b.build();
        });
    return one.list().ofMaxSize(3).uniqueElements(OfficialCase::id);
  }

  /**
   * Returns lists of up to two arsenal losses, each tied (sometimes) to one of the officials' cases.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @param caseIds the ids of the officials' cases a loss may name; none when empty
   * @return arsenal losses
   */
  public static Arbitrary<List<ArsenalLoss>> arsenalLosses(List<String> speakerIds, List<String> caseIds) {
    Arbitrary<Optional<String>> ref = caseIds.isEmpty() ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(caseIds));
    Arbitrary<Count> c = counts(speakerIds);
    return Combinators.combine(texts(), singleFigures(ArsenalLoss.SECTION, c), ref)
        .as((from, figures, officialCase) -> {
          ArsenalLoss.Builder b = ArsenalLoss.builder().takenFrom(from).officialCase(officialCase);
          figures.accept(b);
          return b.build();
        })
        .list().ofMaxSize(2).uniqueElements(ArsenalLoss::takenFrom);
  }

  /**
   * Returns sources on the web or in documents.
   *
   * @return sources
   */
  public static Arbitrary<Source> sources() {
    Arbitrary<Optional<URI>> url = maybe(slugs().map(s -> URI.create("https://example.org/" + s)));
    return Combinators.combine(texts(), url, texts(), maybe(dates()))
        .as((title, u, doc, retrieved) -> {
          Source.Builder b = Source.builder().title(title).url(u).retrieved(retrieved);
          return u.isPresent() ? b.build() : b.documentReference(doc).build();
        });
  }

  /**
   * Returns briefing dates from 2000 to 2040.
   *
   * @return dates
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Returns statements, attributed (sometimes) to one of the speaker ids.
   *
   * @param speakerIds the ids attributions may use; none when empty
   * @return statements
   */
  public static Arbitrary<Statement> statements(List<String> speakerIds) {
    Arbitrary<Optional<String>> attribution = speakerIds.isEmpty()
        ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(speakerIds));
    return Combinators.combine(texts(), maybe(texts()), attribution)
        .as((text, topic, a) -> Statement.builder().text(text).topic(topic).attribution(a).build());
  }

  /**
   * Returns investigations.
   *
   * @return investigations
   */
  public static Arbitrary<Investigation> investigations() {
    return Combinators.combine(slugs(), texts()).as(Investigation::of);
  }

  /**
   * Returns whole briefings of any shape that can be built: every section, scopes, speakers and
   * attributions, sources, statements, officials, and measures of the user's own with their figures.
   * Their figures need not agree with each other: use {@link ConsistentBriefings} for that.
   *
   * @return briefings
   */
  public static Arbitrary<Briefing> briefings() {
    return speakers().flatMap(speakers -> {
      List<String> ids = speakers.stream().map(Speaker::id).collect(Collectors.toList());
      Arbitrary<Briefing.Builder> header = Combinators.combine(slugs(), dates(), maybe(texts()),
              Arbitraries.of("KZ", "KG", "UZ", "FR", "US"), investigations(), sources().list().ofMaxSize(2),
              Arbitraries.of(true, false), statements(ids).list().ofMaxSize(3))
          .as((id, date, venue, country, investigation, sources, provisional, statements) -> Briefing.builder()
              .id(id).date(date).venue(venue).jurisdiction(country).investigation(investigation)
              .addAllSpeakers(speakers).addAllSources(sources).provisional(provisional)
              .addAllStatements(statements));
      Arbitrary<List<DetentionStats>> detention = scoped(detentionStats(ids), (r, s) -> DetentionStats.builder().from(r).scope(s).build());
      Arbitrary<List<CriminalCases>> cases = scoped(criminalCases(ids), (r, s) -> CriminalCases.builder().from(r).scope(s).build());
      Arbitrary<List<WeaponSeizure>> seizures = scoped(weaponSeizures(ids),
          (r, s) -> WeaponSeizure.builder().from(r).scope(s).build());
      Arbitrary<List<Casualties>> casualties = scoped(casualties(ids), (r, s) -> Casualties.builder().from(r).scope(s).build());
      Arbitrary<List<Damage>> damage = scoped(damage(ids), (r, s) -> Damage.builder().from(r).scope(s).build());
      Arbitrary<List<OfficialCase>> officials = officials(ids);
      return Combinators.combine(header, detention, cases, maybe(organizedCrime(ids)), seizures, casualties, damage,
              Combinators.combine(propertyRecoveries(ids).list().ofMaxSize(2), officials.flatMap(o -> arsenalLosses(ids,
                  o.stream().map(OfficialCase::id).collect(Collectors.toList())).map(a -> new Officials(o, a))),
                  ownMeasures().flatMap(ms -> ownFigures(ms, ids).map(fs -> new Own(ms, fs))))
                  .as(Tail::new))
          .as((b, d, c, org, w, k, dm, tail) -> b.addAllDetention(d).addAllCriminalCases(c).organizedCrime(org)
              .addAllWeaponSeizure(w).addAllCasualties(k).addAllDamage(dm).addAllPropertyRecoveries(tail.recoveries())
              .addAllOfficials(tail.officials().cases).addAllArsenalLosses(tail.officials().losses)
              .addAllOwnMeasures(tail.own().measures()).addAllOwnFigures(tail.own().figures()).build());
    });
  }

  private static final class Officials {
    final List<OfficialCase> cases;
    final List<ArsenalLoss> losses;

    Officials(List<OfficialCase> cases, List<ArsenalLoss> losses) {
      this.cases = cases;
      this.losses = losses;
    }
  }

  /** Up to three records with distinct scopes, the first one sometimes without a scope. */
  private static <T> Arbitrary<List<T>> scoped(Arbitrary<T> records, BiFunction<T, Scope, T> withScope) {
    Arbitrary<List<Optional<Scope>>> scopes = maybe(scopes()).list().ofMaxSize(3)
        .uniqueElements(s -> s.map(Scope::key).orElse(""));
    return scopes.flatMap(ss -> records.list().ofSize(ss.size()).map(rs -> {
      List<T> out = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) {
        T record = rs.get(i);
        out.add(ss.get(i).map(s -> withScope.apply(record, s)).orElse(record));
      }
      return out;
    }));
  }
}
