package io.github.briefings.format.adapter;

import static io.github.briefings.format.adapter.Property.flag;
import static io.github.briefings.format.adapter.Property.list;
import static io.github.briefings.format.adapter.Property.nullable;
import static io.github.briefings.format.adapter.Property.nullableText;
import static io.github.briefings.format.adapter.Property.optional;
import static io.github.briefings.format.adapter.Property.optionalText;
import static io.github.briefings.format.adapter.Property.required;
import static io.github.briefings.format.adapter.Property.text;
import static io.github.briefings.format.adapter.Property.version1;

import io.github.briefings.format.JsonFormat;
import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Texts;
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
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OfficialStatus;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Source;
import io.github.briefings.model.SourceSpan;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Statement;
import io.github.briefings.model.Unit;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Money;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The model types (package {@code io.github.briefings.model}) in the format of {@code FORMAT.md}. */
final class ModelFormat {
  static final Writer<LocalDate> DATE = Json.TO_STRING::write;
  static final Writer<StatedDate> STATED_DATE = Json.TO_STRING::write;
  static final EnumFormat<Qualifier> QUALIFIER = new EnumFormat<>(Qualifier.class);
  static final EnumFormat<Unit> UNIT = new EnumFormat<>(Unit.class);

  // ---------------------------------------------------------------- figures

  /** Where a figure was read: the W3C TextQuoteSelector and TextPositionSelector of a source text. */
  static final ObjectFormat<SourceSpan> SPAN;

  static {
    Property<SourceSpan, String> source = text("source", SourceSpan::source);
    Property<SourceSpan, String> sha256 = text("sha256", SourceSpan::sha256);
    Property<SourceSpan, String> exact = text("exact", SourceSpan::exact);
    Property<SourceSpan, String> prefix = nullableText("prefix", s -> s.prefix().isEmpty() ? null : s.prefix());
    Property<SourceSpan, String> suffix = nullableText("suffix", s -> s.suffix().isEmpty() ? null : s.suffix());
    Property<SourceSpan, Long> start = required("start", Json::count, Json.LONG, s -> (long) s.start());
    Property<SourceSpan, Long> end = required("end", Json::count, Json.LONG, s -> (long) s.end());
    SPAN = new ObjectFormat<>("a span", List.of(source, sha256, exact, prefix, suffix, start, end),
        values -> SourceSpan.of(values.get(source), values.get(sha256), values.get(exact), values.find(prefix).orElse(""),
            values.find(suffix).orElse(""), offset(values.get(start)), offset(values.get(end))));
  }

  /** A code point offset: a count that fits an int (a longer one names no place in any text a reader holds). */
  private static int offset(long value) {
    return (int) Math.min(value, Integer.MAX_VALUE);
  }

  private static final ObjectFormat<Count> COUNT_OBJECT;
  private static final Property<Count, Long> COUNT_VALUE = required("value", Json::count, Json.LONG, Count::value);

  static {
    Property<Count, Qualifier> qualifier = nullable("qualifier", QUALIFIER, QUALIFIER,
        c -> c.qualifier() == Qualifier.EXACT ? null : c.qualifier());
    Property<Count, Long> high = nullable("high", Json::count, Json.LONG,
        c -> c.high().isPresent() ? c.high().getAsLong() : null);
    Property<Count, String> statedAs = optionalText("statedAs", Count::statedAs);
    Property<Count, String> attribution = optionalText("attribution", Count::attribution);
    Property<Count, StatedDate> asOf = optional("asOf", Json::statedDate, STATED_DATE, Count::asOf);
    Property<Count, Boolean> correction = flag("correction", Count::correction);
    Property<Count, SourceSpan> span = optional("span", SPAN::read, SPAN::write, Count::span);
    Property<Count, List<Count>> alsoStated = list("alsoStated", "figures", ModelFormat::readCount,
        ModelFormat::writeCount, Count::alsoStated);
    COUNT_OBJECT = new ObjectFormat<>("a figure",
        List.of(COUNT_VALUE, qualifier, high, statedAs, attribution, asOf, correction, span, alsoStated),
        "a figure needs a \"value\"", values -> {
          Count.Builder b = Count.builder().value(values.get(COUNT_VALUE));
          // unbound setters: reading a figure makes no lambda
          values.ifPresent(qualifier, b, Count.Builder::qualifier);
          values.ifPresent(high, b, Count.Builder::high);
          values.ifPresent(statedAs, b, Count.Builder::statedAs);
          values.ifPresent(attribution, b, Count.Builder::attribution);
          values.ifPresent(asOf, b, Count.Builder::asOf);
          values.ifPresent(correction, b, Count.Builder::correction);
          values.ifPresent(span, b, Count.Builder::span);
          values.ifPresent(alsoStated, b, Count.Builder::addAllAlsoStated);
          return b.build();
        });
  }

  /** Reads a figure: a plain number is exact, an object keeps qualifier, bounds and wording. */
  static Count readCount(JsonIn in) throws IOException {
    if (in.token() == Token.INTEGER) {
      return Count.exactly(Json.count(in));
    }
    if (in.token() != Token.START_OBJECT) {
      Json.expected(in, "a figure (a whole number, or an object with value and qualifier)");
    }
    return COUNT_OBJECT.read(in);
  }

  /** Writes a figure: a plain number when exact and bare, otherwise an object. */
  static void writeCount(JsonOut out, Count c) throws IOException {
    if (c.qualifier() == Qualifier.EXACT && c.statedAs().isEmpty() && c.attribution().isEmpty() && !c.correction()
        && c.alsoStated().isEmpty() && c.asOf().isEmpty() && c.span().isEmpty()) {
      out.number(c.value());
    } else {
      COUNT_OBJECT.write(out, c);
    }
  }

  // ---------------------------------------------------------------- parts of a briefing

  static final TermFormat<CaseCategory> CATEGORY = new TermFormat<>(CaseCategory.VOCABULARY);
  static final TermFormat<EvidenceKind> EVIDENCE = new TermFormat<>(EvidenceKind.VOCABULARY);

  static final ObjectFormat<Scope> SCOPE;

  static {
    Property<Scope, CaseCategory> category = optional("category", CATEGORY, CATEGORY, Scope::category);
    Property<Scope, String> key = nullableText("key",
        s -> s.category().isPresent() ? null : s.key());
    Property<Scope, String> description = nullableText("description",
        s -> s.category().isPresent() ? null : s.description());
    Property<Scope, String> parent = optionalText("parent", Scope::parent);
    SCOPE = new ObjectFormat<>("a scope", List.of(category, key, description, parent), values -> {
      Scope scope;
      if (values.has(category)) {
        if (values.has(key) || values.has(description)) {
          values.fail("a scope is either a \"category\" or a \"key\" with a \"description\", not both");
        }
        scope = Scope.of(values.get(category));
      } else if (!values.has(key) || !values.has(description)) {
        return values.fail("a scope needs a \"category\", or a \"key\" and a \"description\"");
      } else {
        scope = Scope.described(values.get(key), values.get(description));
      }
      return values.find(parent).map(scope::within).orElse(scope);
    });
  }

  static final ObjectFormat<Speaker> SPEAKER;

  static {
    Property<Speaker, String> id = text("id", Speaker::id);
    Property<Speaker, String> name = optionalText("name", Speaker::name);
    Property<Speaker, String> position = optionalText("position", Speaker::position);
    Property<Speaker, String> organisation = text("organisation", Speaker::organisation);
    SPEAKER = new ObjectFormat<>("a speaker", List.of(id, name, position, organisation),
        values -> Speaker.builder().id(values.get(id)).name(values.find(name)).position(values.find(position))
            .organisation(values.get(organisation)).build());
  }

  static final ObjectFormat<Investigation> INVESTIGATION;

  static {
    Property<Investigation, String> id = text("id", Investigation::id);
    Property<Investigation, String> title = text("title", Investigation::title);
    INVESTIGATION = new ObjectFormat<>("an investigation", List.of(id, title),
        values -> Investigation.of(values.get(id), values.get(title)));
  }

  static final ObjectFormat<Source> SOURCE;

  static {
    Property<Source, String> title = nullableText("title", Source::title);
    Property<Source, URI> url = optional("url", ModelFormat::readUrl, Json.TO_STRING::write, Source::url);
    Property<Source, String> reference = optionalText("documentReference", Source::documentReference);
    Property<Source, LocalDate> retrieved = optional("retrieved", Json::date, DATE, Source::retrieved);
    SOURCE = new ObjectFormat<>("a source", List.of(title, url, reference, retrieved), values -> {
      Source.Builder b = Source.builder();
      values.ifPresent(title, b, Source.Builder::title);
      values.ifPresent(url, b, Source.Builder::url);
      values.ifPresent(reference, b, Source.Builder::documentReference);
      values.ifPresent(retrieved, b, Source.Builder::retrieved);
      return b.build();
    });
  }

  private static URI readUrl(JsonIn in) throws IOException {
    String text = Json.string(in);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return in.fail("expected an absolute http or https address, found " + Texts.quote(text));
    }
  }

  static final ObjectFormat<Statement> STATEMENT;

  static {
    Property<Statement, String> text = nullableText("text", Statement::text);
    Property<Statement, String> topic = optionalText("topic", Statement::topic);
    Property<Statement, String> attribution = optionalText("attribution", Statement::attribution);
    STATEMENT = new ObjectFormat<>("a statement", List.of(text, topic, attribution), values -> {
      Statement.Builder b = Statement.builder();
      values.ifPresent(text, b, Statement.Builder::text);
      values.ifPresent(topic, b, Statement.Builder::topic);
      values.ifPresent(attribution, b, Statement.Builder::attribution);
      return b.build();
    });
  }

  // ---------------------------------------------------------------- sections

  private static <T> Property<T, Scope> scope(java.util.function.Function<T, Optional<Scope>> of) {
    return optional("scope", SCOPE, SCOPE, of);
  }

  static final ObjectFormat<DetentionStats> DETENTION;

  static {
    SectionFigures<DetentionStats, DetentionStats.Builder> figures = figures(DetentionStats.SECTION);
    Property<DetentionStats, Scope> scope = scope(DetentionStats::scope);
    Property<DetentionStats, List<EvidenceKind>> evidence = list("convictionEvidence", "evidence kinds", EVIDENCE,
        EVIDENCE, DetentionStats::convictionEvidence);
    Property<DetentionStats, Boolean> exhaustive = version1("sentencesBreakdownExhaustive", Json::bool);
    DETENTION = new ObjectFormat<>("a detention record", table(List.of(scope), figures, List.of(evidence, exhaustive)),
        values -> {
          DetentionStats.Builder b = DetentionStats.builder();
          values.ifPresent(scope, b, DetentionStats.Builder::scope);
          figures.set(values, b);
          values.ifPresent(evidence, b, DetentionStats.Builder::addAllConvictionEvidence);
          DetentionStats d = b.build();
          if (!version1Exhaustive(values, exhaustive, "sentencesBreakdownExhaustive", figures,
              DetentionStats.SENTENCES_BY_KIND)) {
            return d;
          }
          return DetentionStats.builder().from(d).sentencesByKind(d.sentencesByKind().toBuilder().exhaustive().build())
              .build();
        });
  }

  static final ObjectFormat<CriminalCases> CRIMINAL_CASES;

  static {
    SectionFigures<CriminalCases, CriminalCases.Builder> figures = figures(CriminalCases.SECTION);
    Property<CriminalCases, Scope> scope = scope(CriminalCases::scope);
    Property<CriminalCases, CategoriesVersion1> byCategory = version1("byCategory", ModelFormat::readCategoriesVersion1);
    CRIMINAL_CASES = new ObjectFormat<>("a criminal-case record", table(List.of(scope), figures, List.of(byCategory)),
        values -> {
          if (values.has(byCategory) && (values.has(figures.of(CriminalCases.CASES_BY_CATEGORY))
              || values.has(figures.of(CriminalCases.PERSONS_BY_CATEGORY)))) {
            values.fail("byCategory (format version 1) and " + CriminalCases.CASES_BY_CATEGORY.name() + " or "
                + CriminalCases.PERSONS_BY_CATEGORY.name() + " (version 2) cannot both be given");
          }
          CriminalCases.Builder b = CriminalCases.builder();
          values.ifPresent(scope, b, CriminalCases.Builder::scope);
          figures.set(values, b);
          values.ifPresent(byCategory, v1 -> v1.set(b));
          return b.build();
        });
  }

  /**
   * The {@code byCategory} figures of format version 1, {@code [{"category", "unit", "count"}]}, as
   * the breakdowns of cases and of persons by category. Version 1 checked each figure against its
   * total, not their sum, so both breakdowns are overlapping.
   */
  private record CategoriesVersion1(Breakdown<CaseCategory, Count> cases, Breakdown<CaseCategory, Count> persons) {
    void set(CriminalCases.Builder b) {
      if (!cases.isEmpty()) {
        b.casesByCategory(cases.toBuilder().coverage(Breakdown.Coverage.OVERLAPPING).build());
      }
      if (!persons.isEmpty()) {
        b.personsByCategory(persons.toBuilder().coverage(Breakdown.Coverage.OVERLAPPING).build());
      }
    }
  }

  /** A category figure of format version 1. */
  private record CategoryFigure(CaseCategory category, Unit unit, Count count) {}

  private static final ObjectFormat<CategoryFigure> CATEGORY_FIGURE;

  static {
    Property<CategoryFigure, CaseCategory> category = required("category", CATEGORY, CATEGORY, CategoryFigure::category);
    Property<CategoryFigure, Unit> unit = required("unit", UNIT, UNIT, CategoryFigure::unit);
    Property<CategoryFigure, Count> count = required("count", ModelFormat::readCount, ModelFormat::writeCount,
        CategoryFigure::count);
    CATEGORY_FIGURE = new ObjectFormat<>("a category figure", List.of(category, unit, count), values -> {
      Unit u = values.get(unit);
      if (u != Unit.PERSONS && u != Unit.CASES) {
        values.fail("unit must be PERSONS or CASES: " + u);
      }
      return new CategoryFigure(values.get(category), u, values.get(count));
    });
  }

  private static CategoriesVersion1 readCategoriesVersion1(JsonIn in) throws IOException {
    Breakdown.Builder<CaseCategory, Count> cases = Breakdown.builder(CaseCategory.VOCABULARY);
    Breakdown.Builder<CaseCategory, Count> persons = Breakdown.builder(CaseCategory.VOCABULARY);
    Set<String> seen = new HashSet<>();
    Json.list(in, "category figures", element -> {
      CategoryFigure f = CATEGORY_FIGURE.read(element);
      if (!seen.add(f.category().code() + " " + f.unit())) {
        element.fail("the case category " + Texts.quote(f.category().code()) + " in " + f.unit() + " appears twice");
      }
      (f.unit() == Unit.CASES ? cases : persons).put(f.category(), f.count());
      return f;
    });
    return new CategoriesVersion1(cases.build(), persons.build());
  }

  static final ObjectFormat<OrganizedCrime> ORGANIZED_CRIME;

  static {
    SectionFigures<OrganizedCrime, OrganizedCrime.Builder> figures = figures(OrganizedCrime.SECTION);
    ORGANIZED_CRIME = new ObjectFormat<>("organized-crime figures", figures.properties(), values -> {
      OrganizedCrime.Builder b = OrganizedCrime.builder();
      figures.set(values, b);
      return b.build();
    });
  }

  static final ObjectFormat<WeaponSeizure> WEAPON_SEIZURE;

  static {
    SectionFigures<WeaponSeizure, WeaponSeizure.Builder> figures = figures(WeaponSeizure.SECTION);
    Property<WeaponSeizure, Scope> scope = scope(WeaponSeizure::scope);
    Property<WeaponSeizure, Boolean> exhaustive = version1("breakdownExhaustive", Json::bool);
    WEAPON_SEIZURE = new ObjectFormat<>("a weapon seizure", table(List.of(scope), figures, List.of(exhaustive)),
        values -> {
          WeaponSeizure.Builder b = WeaponSeizure.builder();
          values.ifPresent(scope, b, WeaponSeizure.Builder::scope);
          figures.set(values, b);
          WeaponSeizure w = b.build();
          if (!version1Exhaustive(values, exhaustive, "breakdownExhaustive", figures, WeaponSeizure.BY_TYPE)) {
            return w;
          }
          return WeaponSeizure.builder().from(w).byType(w.byType().toBuilder().exhaustive().build()).build();
        });
  }

  /**
   * Returns whether a format-version-1 flag makes a breakdown exhaustive; refuses the flag beside a
   * breakdown in the version-2 form, which states its own coverage.
   */
  private static <S> boolean version1Exhaustive(Values values, Property<S, Boolean> flag, String flagName,
      SectionFigures<S, ?> figures, Figure<S, ?> breakdown) throws IOException {
    if (!values.has(flag)) {
      return false;
    }
    boolean exhaustive = values.get(flag);
    if (exhaustive && !values.wasArray(figures.of(breakdown))) {
      values.fail(flagName + " (format version 1) is true but " + breakdown.name()
          + " is not an array of parts; in version 2 a breakdown states its \"coverage\"");
    }
    return exhaustive;
  }

  static final ObjectFormat<Casualties> CASUALTIES;

  static {
    SectionFigures<Casualties, Casualties.Builder> figures = figures(Casualties.SECTION);
    Property<Casualties, Scope> scope = scope(Casualties::scope);
    CASUALTIES = new ObjectFormat<>("a casualty record", table(List.of(scope), figures, List.of()), values -> {
      Casualties.Builder b = Casualties.builder();
      values.ifPresent(scope, b, Casualties.Builder::scope);
      figures.set(values, b);
      return b.build();
    });
  }

  static final ObjectFormat<ArsenalLoss> ARSENAL_LOSS;

  static {
    SectionFigures<ArsenalLoss, ArsenalLoss.Builder> figures = figures(ArsenalLoss.SECTION);
    Property<ArsenalLoss, String> takenFrom = nullableText("takenFrom", ArsenalLoss::takenFrom);
    Property<ArsenalLoss, String> officialCase = optionalText("officialCase", ArsenalLoss::officialCase);
    ARSENAL_LOSS = new ObjectFormat<>("an arsenal loss", table(List.of(takenFrom), figures, List.of(officialCase)),
        values -> {
          ArsenalLoss.Builder b = ArsenalLoss.builder();
          values.ifPresent(takenFrom, b, ArsenalLoss.Builder::takenFrom);
          figures.set(values, b);
          values.ifPresent(officialCase, b, ArsenalLoss.Builder::officialCase);
          return b.build();
        });
  }

  static final ObjectFormat<OfficialCase> OFFICIAL;

  static {
    SectionFigures<OfficialCase, OfficialCase.Builder> figures = figures(OfficialCase.SECTION);
    Property<OfficialCase, String> id = nullableText("id", OfficialCase::id);
    Property<OfficialCase, String> post = nullableText("post", OfficialCase::post);
    Property<OfficialCase, String> organisation = nullableText("organisation", OfficialCase::organisation);
    EnumFormat<OfficialStatus> statuses = new EnumFormat<>(OfficialStatus.class);
    Property<OfficialCase, OfficialStatus> status = nullable("status", statuses, statuses, OfficialCase::status);
    Property<OfficialCase, String> allegation = nullableText("allegation", OfficialCase::allegation);
    Property<OfficialCase, Boolean> previouslyReported = flag("previouslyReported", OfficialCase::previouslyReported);
    OFFICIAL = new ObjectFormat<>("an official's case",
        table(List.of(id, post, organisation, status, allegation), figures, List.of(previouslyReported)), values -> {
          OfficialCase.Builder b = OfficialCase.builder();
          values.ifPresent(id, b, OfficialCase.Builder::id);
          values.ifPresent(post, b, OfficialCase.Builder::post);
          values.ifPresent(organisation, b, OfficialCase.Builder::organisation);
          values.ifPresent(status, b, OfficialCase.Builder::status);
          values.ifPresent(allegation, b, OfficialCase.Builder::allegation);
          figures.set(values, b);
          values.ifPresent(previouslyReported, b, OfficialCase.Builder::previouslyReported);
          return b.build();
        });
  }

  private static <S, B> SectionFigures<S, B> figures(io.github.briefings.model.Section<S, B> section) {
    return new SectionFigures<>(section, ModelFormat::readCount, ModelFormat::writeCount);
  }

  /** A section's table: the properties before its figures, its figures, the properties after them. */
  private static <S> List<Property<S, ?>> table(List<Property<S, ?>> before, SectionFigures<S, ?> figures,
      List<Property<S, ?>> after) {
    List<Property<S, ?>> all = new ArrayList<>(before);
    all.addAll(figures.properties());
    all.addAll(after);
    return all;
  }

  // ---------------------------------------------------------------- amounts, and what depends on them

  private final MoneyFormat money;
  final ObjectFormat<StatedAmount> statedAmount;
  final ObjectFormat<PropertyRecovery> propertyRecovery;
  final ObjectFormat<Damage> damage;
  final ObjectFormat<Briefing> briefing;

  ModelFormat(MoneyFormat money) {
    this.money = money;
    this.statedAmount = statedAmount();
    this.propertyRecovery = propertyRecovery();
    this.damage = damage();
    this.briefing = briefing();
  }

  private ObjectFormat<StatedAmount> statedAmount() {
    Property<StatedAmount, Money> amount = required("amount", money, money, StatedAmount::amount);
    Property<StatedAmount, Qualifier> qualifier = nullable("qualifier", QUALIFIER, QUALIFIER,
        a -> a.qualifier() == Qualifier.EXACT ? null : a.qualifier());
    Property<StatedAmount, Money> high = optional("high", money, money, StatedAmount::high);
    Property<StatedAmount, Money> equivalent = optional("statedEquivalent", money, money, StatedAmount::statedEquivalent);
    Property<StatedAmount, String> statedAs = optionalText("statedAs", StatedAmount::statedAs);
    Property<StatedAmount, String> attribution = optionalText("attribution", StatedAmount::attribution);
    Property<StatedAmount, StatedDate> asOf = optional("asOf", Json::statedDate, STATED_DATE, StatedAmount::asOf);
    Property<StatedAmount, SourceSpan> span = optional("span", SPAN::read, SPAN::write, StatedAmount::span);
    return new ObjectFormat<>("an amount",
        List.of(amount, qualifier, high, equivalent, statedAs, attribution, asOf, span), values -> {
          StatedAmount.Builder b = StatedAmount.builder().amount(values.get(amount));
          values.ifPresent(qualifier, b, StatedAmount.Builder::qualifier);
          values.ifPresent(high, b, StatedAmount.Builder::high);
          values.ifPresent(equivalent, b, StatedAmount.Builder::statedEquivalent);
          values.ifPresent(statedAs, b, StatedAmount.Builder::statedAs);
          values.ifPresent(attribution, b, StatedAmount.Builder::attribution);
          values.ifPresent(asOf, b, StatedAmount.Builder::asOf);
          values.ifPresent(span, b, StatedAmount.Builder::span);
          return b.build();
        });
  }

  private ObjectFormat<PropertyRecovery> propertyRecovery() {
    Property<PropertyRecovery, String> description = nullableText("description", PropertyRecovery::description);
    Property<PropertyRecovery, Money> amount = nullable("amount", money, money, PropertyRecovery::amount);
    Property<PropertyRecovery, Qualifier> qualifier = nullable("qualifier", QUALIFIER, QUALIFIER,
        r -> r.qualifier() == Qualifier.EXACT ? null : r.qualifier());
    Property<PropertyRecovery, Money> high = optional("high", money, money, PropertyRecovery::high);
    Property<PropertyRecovery, Boolean> estimated = flag("estimated", PropertyRecovery::estimated);
    Property<PropertyRecovery, String> statedAs = optionalText("statedAs", PropertyRecovery::statedAs);
    Property<PropertyRecovery, Money> equivalent = optional("statedEquivalent", money, money,
        PropertyRecovery::statedEquivalent);
    Property<PropertyRecovery, String> attribution = optionalText("attribution", PropertyRecovery::attribution);
    Property<PropertyRecovery, SourceSpan> span = optional("span", SPAN::read, SPAN::write, PropertyRecovery::span);
    return new ObjectFormat<>("a property recovery",
        List.of(description, amount, qualifier, high, estimated, statedAs, equivalent, attribution, span), values -> {
          PropertyRecovery.Builder b = PropertyRecovery.builder();
          values.ifPresent(description, b, PropertyRecovery.Builder::description);
          values.ifPresent(amount, b, PropertyRecovery.Builder::amount);
          values.ifPresent(qualifier, b, PropertyRecovery.Builder::qualifier);
          values.ifPresent(high, b, PropertyRecovery.Builder::high);
          values.ifPresent(estimated, b, PropertyRecovery.Builder::estimated);
          values.ifPresent(statedAs, b, PropertyRecovery.Builder::statedAs);
          values.ifPresent(equivalent, b, PropertyRecovery.Builder::statedEquivalent);
          values.ifPresent(attribution, b, PropertyRecovery.Builder::attribution);
          values.ifPresent(span, b, PropertyRecovery.Builder::span);
          return b.build();
        });
  }

  private ObjectFormat<Damage> damage() {
    SectionFigures<Damage, Damage.Builder> figures = figures(Damage.SECTION);
    Property<Damage, Scope> scope = scope(Damage::scope);
    Property<Damage, StatedAmount> total = optional("total", statedAmount, statedAmount, Damage::total);
    TermFormat<DamagedParty> party = new TermFormat<>(DamagedParty.VOCABULARY);
    BreakdownFormat<DamagedParty, StatedAmount> parts = new BreakdownFormat<>("byParty", "party", party,
        () -> Breakdown.ofAmounts(DamagedParty.VOCABULARY), "value", statedAmount, statedAmount);
    Property<Damage, Breakdown<DamagedParty, StatedAmount>> byParty = nullable("byParty", parts, parts,
        d -> d.byParty().isEmpty() ? null : d.byParty());
    return new ObjectFormat<>("a damage record", table(List.of(scope, total, byParty), figures, List.of()), values -> {
      Damage.Builder b = Damage.builder();
      values.ifPresent(scope, b, Damage.Builder::scope);
      values.ifPresent(total, b, Damage.Builder::total);
      values.ifPresent(byParty, b, Damage.Builder::byParty);
      figures.set(values, b);
      return b.build();
    });
  }

  // ---------------------------------------------------------------- briefing

  /** Reads a {@code formatVersion}, refusing any but 1 to {@value JsonFormat#FORMAT_VERSION}. */
  static int formatVersion(JsonIn in) throws IOException {
    int version = Json.integer(in);
    if (version < 1 || version > JsonFormat.FORMAT_VERSION) {
      in.fail("unsupported formatVersion " + version + "; this reader knows versions 1 to " + JsonFormat.FORMAT_VERSION);
    }
    return version;
  }

  /** The {@code formatVersion} of a document: required, and written as the version of this format. */
  static <T> Property<T, Integer> formatVersionProperty() {
    return required("formatVersion", ModelFormat::formatVersion, Json.INT, value -> JsonFormat.FORMAT_VERSION);
  }

  private ObjectFormat<Briefing> briefing() {
    Property<Briefing, Integer> version = formatVersionProperty();
    Property<Briefing, String> id = nullableText("id", Briefing::id);
    Property<Briefing, LocalDate> date = nullable("date", Json::date, DATE, Briefing::date);
    Property<Briefing, String> venue = optionalText("venue", Briefing::venue);
    Property<Briefing, String> jurisdiction = nullableText("jurisdiction", Briefing::jurisdiction);
    Property<Briefing, Investigation> investigation = nullable("investigation", INVESTIGATION, INVESTIGATION,
        Briefing::investigation);
    Property<Briefing, Boolean> provisional = flag("provisional", Briefing::provisional);
    Property<Briefing, List<Speaker>> speakers = list("speakers", "speakers", SPEAKER, SPEAKER, Briefing::speakers);
    Property<Briefing, List<Source>> sources = list("sources", "sources", SOURCE, SOURCE, Briefing::sources);
    Property<Briefing, List<Statement>> statements = list("statements", "statements", STATEMENT, STATEMENT,
        Briefing::statements);
    Property<Briefing, List<DetentionStats>> detention = list(DetentionStats.SECTION.name(), "detention records",
        DETENTION, DETENTION, Briefing::detention);
    Property<Briefing, List<CriminalCases>> criminalCases = list(CriminalCases.SECTION.name(), "criminal-case records",
        CRIMINAL_CASES, CRIMINAL_CASES, Briefing::criminalCases);
    Property<Briefing, OrganizedCrime> organizedCrime = optional(OrganizedCrime.SECTION.name(), ORGANIZED_CRIME,
        ORGANIZED_CRIME, Briefing::organizedCrime);
    Reader<List<WeaponSeizure>> seizures = Json.listOf("weapon seizures", WEAPON_SEIZURE);
    Property<Briefing, List<WeaponSeizure>> weaponSeizure = nullable(WeaponSeizure.SECTION.name(),
        // format version 1: one record, without a scope
        in -> in.token() == Token.START_OBJECT ? List.of(WEAPON_SEIZURE.read(in)) : seizures.read(in),
        Json.arrayOf(WEAPON_SEIZURE), b -> b.weaponSeizure().isEmpty() ? null : b.weaponSeizure());
    Property<Briefing, List<Casualties>> casualties = list(Casualties.SECTION.name(), "casualty records", CASUALTIES,
        CASUALTIES, Briefing::casualties);
    Property<Briefing, List<Damage>> damages = list(Damage.SECTION.name(), "damage records", damage, damage,
        Briefing::damage);
    Property<Briefing, List<ArsenalLoss>> arsenalLosses = list(ArsenalLoss.SECTION.name(), "arsenal losses",
        ARSENAL_LOSS, ARSENAL_LOSS, Briefing::arsenalLosses);
    Property<Briefing, List<PropertyRecovery>> recoveries = list("propertyRecoveries", "property recoveries",
        propertyRecovery, propertyRecovery, Briefing::propertyRecoveries);
    Property<Briefing, List<OfficialCase>> officials = list(OfficialCase.SECTION.name(), "officials' cases", OFFICIAL,
        OFFICIAL, Briefing::officials);
    Property<Briefing, List<io.github.briefings.model.OwnMeasure>> ownMeasures = list("ownMeasures", "measures",
        OwnFormat.MEASURE, OwnFormat.MEASURE, Briefing::ownMeasures);
    Property<Briefing, List<io.github.briefings.model.OwnFigure>> ownFigures = list("ownFigures", "figures of measures",
        OwnFormat.OWN_FIGURE, OwnFormat.OWN_FIGURE, Briefing::ownFigures);
    return new ObjectFormat<>("a briefing", List.of(version, id, date, venue, jurisdiction, investigation, provisional,
        speakers, sources, statements, detention, criminalCases, organizedCrime, weaponSeizure, casualties, damages,
        arsenalLosses, recoveries, officials, ownMeasures, ownFigures),
        "a briefing needs \"formatVersion\": " + JsonFormat.FORMAT_VERSION, values -> {
          Briefing.Builder b = Briefing.builder();
          values.ifPresent(id, b, Briefing.Builder::id);
          values.ifPresent(date, b, Briefing.Builder::date);
          values.ifPresent(venue, b, Briefing.Builder::venue);
          values.ifPresent(jurisdiction, b, Briefing.Builder::jurisdiction);
          values.ifPresent(investigation, b, Briefing.Builder::investigation);
          values.ifPresent(provisional, b, Briefing.Builder::provisional);
          values.ifPresent(speakers, b, Briefing.Builder::addAllSpeakers);
          values.ifPresent(sources, b, Briefing.Builder::addAllSources);
          values.ifPresent(statements, b, Briefing.Builder::addAllStatements);
          values.ifPresent(detention, b, Briefing.Builder::addAllDetention);
          values.ifPresent(criminalCases, b, Briefing.Builder::addAllCriminalCases);
          values.ifPresent(organizedCrime, b, Briefing.Builder::organizedCrime);
          values.ifPresent(weaponSeizure, b, Briefing.Builder::addAllWeaponSeizure);
          values.ifPresent(casualties, b, Briefing.Builder::addAllCasualties);
          values.ifPresent(damages, b, Briefing.Builder::addAllDamage);
          values.ifPresent(arsenalLosses, b, Briefing.Builder::addAllArsenalLosses);
          values.ifPresent(recoveries, b, Briefing.Builder::addAllPropertyRecoveries);
          values.ifPresent(officials, b, Briefing.Builder::addAllOfficials);
          values.ifPresent(ownMeasures, b, Briefing.Builder::addAllOwnMeasures);
          values.ifPresent(ownFigures, b, Briefing.Builder::addAllOwnFigures);
          return b.build();
        });
  }
}
