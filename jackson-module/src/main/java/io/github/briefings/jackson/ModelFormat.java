package io.github.briefings.jackson;

import static io.github.briefings.jackson.Json.bool;
import static io.github.briefings.jackson.Json.build;
import static io.github.briefings.jackson.Json.date;
import static io.github.briefings.jackson.Json.enumeration;
import static io.github.briefings.jackson.Json.fail;
import static io.github.briefings.jackson.Json.figure;
import static io.github.briefings.jackson.Json.list;
import static io.github.briefings.jackson.Json.object;
import static io.github.briefings.jackson.Json.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
import io.github.briefings.model.Section;
import io.github.briefings.model.Source;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.Statement;
import io.github.briefings.model.Term;
import io.github.briefings.model.Unit;
import io.github.briefings.model.Vocabulary;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the model types in the format of {@code FORMAT.md}. */
final class ModelFormat {
  /** The version of the format written; every version from 1 up to it is read. */
  static final int FORMAT_VERSION = 2;

  private final boolean amountsAsNumbers;

  ModelFormat(boolean amountsAsNumbers) {
    this.amountsAsNumbers = amountsAsNumbers;
  }

  // ---------------------------------------------------------------- figures

  /** Writes the figures a section declares, in declaration order: each single figure, each breakdown, when stated. */
  private static <S> void writeFigures(JsonGenerator g, Section<S, ?> section, S value) throws IOException {
    for (Figure<S, ?> f : section.figures()) {
      if (f.parts().isPresent()) {
        writeBreakdown(g, f.name(), f.parts().get(), value);
        continue;
      }
      for (Figure.Stated stated : f.in(value)) {
        g.writeFieldName(f.name());
        writeCount(g, stated.count());
      }
    }
  }

  /**
   * Writes a stated breakdown as {@code "name": {"coverage", "overlap", "parts": [{"<keyName>": term,
   * "count": figure}]}}; nothing when none is stated.
   */
  private static <S, K extends Term> void writeBreakdown(JsonGenerator g, String name, Figure.Parts<S, ?, K> parts,
      S value) throws IOException {
    writeBreakdown(g, name, parts.keyName(), parts.of(value), "count", ModelFormat::writeCount);
  }

  /**
   * Writes a stated breakdown, each part as {@code {"<keyName>": term, "<valueName>": part}} and the
   * overlap through {@code part}; nothing when empty.
   */
  static <K extends Term, V> void writeBreakdown(JsonGenerator g, String name, String keyName,
      Breakdown<K, V> breakdown, String valueName, Writer<V> part) throws IOException {
    if (breakdown.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("coverage", breakdown.coverage().name());
    if (breakdown.overlap().isPresent()) {
      g.writeFieldName("overlap");
      part.write(g, breakdown.overlap().get());
    }
    g.writeArrayFieldStart("parts");
    for (Map.Entry<K, V> e : breakdown.parts().entrySet()) {
      g.writeStartObject();
      g.writeFieldName(keyName);
      writeTerm(g, breakdown.dimension(), e.getKey());
      g.writeFieldName(valueName);
      part.write(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads the figure {@code name} of a section into its builder; false when the section has no such
   * figure. A breakdown written as an array (format version 1) is read as a partial one, and its name
   * added to {@code version1}.
   */
  private static <S, B> boolean readFigure(String name, JsonParser p, DeserializationContext c, Section<S, B> section,
      B builder, Set<String> version1) throws IOException {
    Optional<Figure<S, B>> figure = section.figure(name);
    if (figure.isEmpty()) {
      return false;
    }
    if (figure.get().parts().isPresent()) {
      if (p.currentToken() == JsonToken.START_ARRAY) {
        version1.add(name);
      }
      readBreakdown(p, c, figure.get(), figure.get().parts().get(), builder);
    } else {
      figure.get().set(builder, figure(p, c));
    }
    return true;
  }

  private static <S, B> boolean readFigure(String name, JsonParser p, DeserializationContext c, Section<S, B> section,
      B builder) throws IOException {
    return readFigure(name, p, c, section, builder, new HashSet<>());
  }

  /** Reads a breakdown written by {@link #writeBreakdown}, or the array of parts of format version 1. */
  private static <S, B, K extends Term> void readBreakdown(JsonParser p, DeserializationContext c, Figure<S, B> f,
      Figure.Parts<S, B, K> parts, B builder) throws IOException {
    parts.set(builder, readBreakdown(p, c, f.name(), parts.keyName(), parts.dimension(),
        Breakdown.builder(parts.dimension()), "count", Json::figure));
  }

  /**
   * Reads a breakdown into {@code b}: an object with {@code coverage}, {@code overlap} and
   * {@code parts}, or (format version 1) the array of parts alone.
   */
  private static <K extends Term, V> Breakdown<K, V> readBreakdown(JsonParser p, DeserializationContext c, String name,
      String keyName, Vocabulary<K> dimension, Breakdown.Builder<K, V> b, String valueName, Json.Reader<V> value)
      throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      readParts(p, c, name, keyName, dimension, b, valueName, value);
    } else {
      boolean[] hasParts = new boolean[1];
      List<Breakdown.Coverage> coverage = new ArrayList<>(1);
      object(p, c, "a breakdown", property -> {
        switch (property) {
          case "coverage":
            coverage.add(enumeration(p, c, Breakdown.Coverage.class));
            return true;
          case "overlap":
            b.overlap(value.read(p, c));
            return true;
          case "parts":
            readParts(p, c, name, keyName, dimension, b, valueName, value);
            hasParts[0] = true;
            return true;
          default:
            return false;
        }
      });
      if (!hasParts[0]) {
        fail(p, c, "a breakdown needs \"parts\"");
      }
      // after the overlap, which implies OVERLAPPING, whatever the order of the properties
      coverage.forEach(b::coverage);
    }
    return build(p, c, b::build);
  }

  /** Reads the parts of a breakdown, refusing a key whose code repeats, at the part's path. */
  private static <K extends Term, V> void readParts(JsonParser p, DeserializationContext c, String name, String keyName,
      Vocabulary<K> dimension, Breakdown.Builder<K, V> b, String valueName, Json.Reader<V> value) throws IOException {
    String what = "a " + name + " part";
    Set<String> seen = new HashSet<>();
    list(p, c, name + " parts", (p2, c2) -> {
      List<K> key = new ArrayList<>(1);
      List<V> part = new ArrayList<>(1);
      object(p, c, what, property -> {
        if (property.equals(keyName)) {
          key.add(readTerm(p, c, dimension));
        } else if (property.equals(valueName)) {
          part.add(value.read(p, c));
        } else {
          return false;
        }
        return true;
      });
      if (key.isEmpty() || part.isEmpty()) {
        fail(p, c, what + " needs \"" + keyName + "\" and \"" + valueName + "\"");
      }
      String code = key.get(0).code();
      if (!seen.add(code)) {
        fail(p, c, "the " + dimension.name() + " " + Texts.quote(code) + " appears twice");
      }
      b.put(key.get(0), part.get(0));
      return key.get(0);
    });
  }


  /** Writes a figure: a plain number when exact and bare, otherwise an object. */
  static void writeCount(JsonGenerator g, Count c) throws IOException {
    if (c.qualifier() == Qualifier.EXACT && c.statedAs().isEmpty() && c.attribution().isEmpty() && !c.correction()
        && c.alsoStated().isEmpty() && c.asOf().isEmpty()) {
      g.writeNumber(c.value());
      return;
    }
    g.writeStartObject();
    g.writeNumberField("value", c.value());
    if (c.qualifier() != Qualifier.EXACT) {
      g.writeStringField("qualifier", c.qualifier().name());
    }
    if (c.high().isPresent()) {
      g.writeNumberField("high", c.high().getAsLong());
    }
    writeOptional(g, "statedAs", c.statedAs());
    writeOptional(g, "attribution", c.attribution());
    if (c.asOf().isPresent()) {
      g.writeStringField("asOf", c.asOf().get().toString());
    }
    if (c.correction()) {
      g.writeBooleanField("correction", true);
    }
    writeArray(g, "alsoStated", c.alsoStated(), ModelFormat::writeCount);
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  // ---------------------------------------------------------------- money

  void writeMoney(JsonGenerator g, Money m) throws IOException {
    g.writeStartObject();
    g.writeFieldName("amount");
    if (amountsAsNumbers) {
      g.writeNumber(m.amount().toPlainString());
    } else {
      g.writeString(m.amount().toPlainString());
    }
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  Money readMoney(JsonParser p, DeserializationContext c) throws IOException {
    BigDecimal[] amount = new BigDecimal[1];
    String[] currency = new String[1];
    object(p, c, "an amount of money", name -> {
      switch (name) {
        case "amount":
          amount[0] = amount(p, c);
          return true;
        case "currency":
          currency[0] = string(p, c);
          try {
            Money.currency(currency[0]);
          } catch (IllegalArgumentException e) {
            fail(p, c, e.getMessage());
          }
          return true;
        default:
          return false;
      }
    });
    if (amount[0] == null || currency[0] == null) {
      fail(p, c, "an amount of money needs \"amount\" and \"currency\"");
    }
    return build(p, c, () -> Money.of(amount[0], currency[0]));
  }

  /** Reads an amount as the options say: a decimal string, or a JSON number; never through double. */
  BigDecimal amount(JsonParser p, DeserializationContext c) throws IOException {
    JsonToken t = p.currentToken();
    boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    if (amountsAsNumbers ? !number : t != JsonToken.VALUE_STRING) {
      Json.expected(p, c, amountsAsNumbers ? "an amount as a JSON number" : "an amount as a decimal string such as \"340000000\"");
    }
    try {
      return Money.parseAmount(Json.text(p, c));
    } catch (IllegalArgumentException e) {
      return fail(p, c, e.getMessage());
    }
  }

  // ---------------------------------------------------------------- vocabularies

  /** Writes a term of any vocabulary: its code when it is the well-known term, else an object. */
  static <T extends Term> void writeTerm(JsonGenerator g, Vocabulary<T> vocabulary, T term) throws IOException {
    if (vocabulary.isWellKnown(term)) {
      g.writeString(term.code());
      return;
    }
    g.writeStartObject();
    g.writeStringField("code", term.code());
    g.writeStringField("label", term.label());
    for (Vocabulary.Attribute<T> a : vocabulary.attributes()) {
      Optional<?> value = a.of(term);
      if (value.isPresent()) {
        g.writeFieldName(a.name());
        if (value.get() instanceof Boolean flag) {
          g.writeBoolean(flag);
        } else {
          g.writeString((String) value.get());
        }
      }
    }
    g.writeEndObject();
  }

  /** Reads a term of any vocabulary: a well-known code, or an object for a term of the user's own. */
  static <T extends Term> T readTerm(JsonParser p, DeserializationContext c, Vocabulary<T> vocabulary)
      throws IOException {
    String what = vocabulary.name();
    String a = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String code = Json.text(p, c);
      Optional<T> known = vocabulary.wellKnown(code);
      if (known.isEmpty()) {
        fail(p, c, "unknown " + what + " " + Texts.quote(code) + "; " + a + what
            + " of your own is an object with code and label");
      }
      return known.get();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Json.expected(p, c, a + what + " (a well-known code, or an object with code and label)");
    }
    Map<String, Object> parts = new HashMap<>();
    object(p, c, a + what, name -> {
      if (name.equals("code") || name.equals("label")) {
        parts.put(name, string(p, c));
        return true;
      }
      for (Vocabulary.Attribute<T> attribute : vocabulary.attributes()) {
        if (attribute.name().equals(name)) {
          parts.put(name, attribute.type() == Boolean.class ? (Object) bool(p, c) : string(p, c));
          return true;
        }
      }
      return false;
    });
    if (!parts.containsKey("code") || !parts.containsKey("label")) {
      fail(p, c, a + what + " of your own needs \"code\" and \"label\"");
    }
    for (Vocabulary.Attribute<T> attribute : vocabulary.attributes()) {
      if (attribute.isRequired() && !parts.containsKey(attribute.name())) {
        fail(p, c, a + what + " of your own needs \"" + attribute.name() + "\"");
      }
    }
    String code = (String) parts.remove("code");
    String label = (String) parts.remove("label");
    return build(p, c, () -> vocabulary.of(code, label, parts));
  }
  private static boolean optionalText(String expected, String name, JsonParser p, DeserializationContext c,
      String[] parts, int index) throws IOException {
    if (!name.equals(expected)) {
      return false;
    }
    parts[index] = string(p, c);
    return true;
  }



  // ---------------------------------------------------------------- parts

  /** Writes {@code "scope": …} when a record has one. */
  private static void writeScope(JsonGenerator g, Optional<Scope> scope) throws IOException {
    if (scope.isPresent()) {
      g.writeFieldName("scope");
      writeScope(g, scope.get());
    }
  }

  static void writeScope(JsonGenerator g, Scope s) throws IOException {
    g.writeStartObject();
    if (s.category().isPresent()) {
      g.writeFieldName("category");
      writeTerm(g, CaseCategory.VOCABULARY, s.category().get());
    } else {
      g.writeStringField("key", s.key());
      g.writeStringField("description", s.description());
    }
    writeOptional(g, "parent", s.parent());
    g.writeEndObject();
  }

  static Scope readScope(JsonParser p, DeserializationContext c) throws IOException {
    CaseCategory[] category = new CaseCategory[1];
    String[] parts = new String[3];
    object(p, c, "a scope", name -> {
      if (name.equals("category")) {
        category[0] = readTerm(p, c, CaseCategory.VOCABULARY);
        return true;
      }
      return optionalText("key", name, p, c, parts, 0) || optionalText("description", name, p, c, parts, 1)
          || optionalText("parent", name, p, c, parts, 2);
    });
    if (category[0] != null) {
      if (parts[0] != null || parts[1] != null) {
        fail(p, c, "a scope is either a \"category\" or a \"key\" with a \"description\", not both");
      }
    } else if (parts[0] == null || parts[1] == null) {
      fail(p, c, "a scope needs a \"category\", or a \"key\" and a \"description\"");
    }
    return build(p, c, () -> {
      Scope scope = category[0] != null ? Scope.of(category[0]) : Scope.described(parts[0], parts[1]);
      return parts[2] == null ? scope : scope.within(parts[2]);
    });
  }

  static void writeSpeaker(JsonGenerator g, Speaker s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    writeOptional(g, "name", s.name());
    writeOptional(g, "position", s.position());
    g.writeStringField("organisation", s.organisation());
    g.writeEndObject();
  }

  static Speaker readSpeaker(JsonParser p, DeserializationContext c) throws IOException {
    String[] parts = new String[4];
    object(p, c, "a speaker", name -> optionalText("id", name, p, c, parts, 0)
        || optionalText("name", name, p, c, parts, 1) || optionalText("position", name, p, c, parts, 2)
        || optionalText("organisation", name, p, c, parts, 3));
    if (parts[0] == null || parts[3] == null) {
      fail(p, c, "a speaker needs \"id\" and \"organisation\"");
    }
    return build(p, c, () -> Speaker.builder().id(parts[0]).name(Optional.ofNullable(parts[1]))
        .position(Optional.ofNullable(parts[2])).organisation(parts[3]).build());
  }

  static void writeInvestigation(JsonGenerator g, Investigation i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("title", i.title());
    g.writeEndObject();
  }

  static Investigation readInvestigation(JsonParser p, DeserializationContext c) throws IOException {
    String[] parts = new String[2];
    object(p, c, "an investigation", name -> optionalText("id", name, p, c, parts, 0)
        || optionalText("title", name, p, c, parts, 1));
    if (parts[0] == null || parts[1] == null) {
      fail(p, c, "an investigation needs \"id\" and \"title\"");
    }
    return build(p, c, () -> Investigation.of(parts[0], parts[1]));
  }

  static void writeSource(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", s.title());
    if (s.url().isPresent()) {
      g.writeStringField("url", s.url().get().toString());
    }
    writeOptional(g, "documentReference", s.documentReference());
    if (s.retrieved().isPresent()) {
      g.writeStringField("retrieved", s.retrieved().get().toString());
    }
    g.writeEndObject();
  }

  static Source readSource(JsonParser p, DeserializationContext c) throws IOException {
    Source.Builder b = Source.builder();
    object(p, c, "a source", name -> {
      switch (name) {
        case "title":
          b.title(string(p, c));
          return true;
        case "url":
          String text = string(p, c);
          try {
            b.url(new URI(text));
          } catch (URISyntaxException e) {
            fail(p, c, "expected an absolute http or https address, found " + Texts.quote(text));
          }
          return true;
        case "documentReference":
          b.documentReference(string(p, c));
          return true;
        case "retrieved":
          b.retrieved(date(p, c));
          return true;
        default:
          return false;
      }
    });
    return build(p, c, b::build);
  }

  static void writeStatement(JsonGenerator g, Statement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", s.text());
    writeOptional(g, "topic", s.topic());
    writeOptional(g, "attribution", s.attribution());
    g.writeEndObject();
  }

  static Statement readStatement(JsonParser p, DeserializationContext c) throws IOException {
    Statement.Builder b = Statement.builder();
    object(p, c, "a statement", name -> {
      switch (name) {
        case "text":
          b.text(string(p, c));
          return true;
        case "topic":
          b.topic(string(p, c));
          return true;
        case "attribution":
          b.attribution(string(p, c));
          return true;
        default:
          return false;
      }
    });
    return build(p, c, b::build);
  }

  // ---------------------------------------------------------------- sections

  static void writeDetention(JsonGenerator g, DetentionStats d) throws IOException {
    g.writeStartObject();
    writeScope(g, d.scope());
    writeFigures(g, DetentionStats.SECTION, d);
    if (!d.convictionEvidence().isEmpty()) {
      g.writeArrayFieldStart("convictionEvidence");
      for (EvidenceKind k : d.convictionEvidence()) {
        writeTerm(g, EvidenceKind.VOCABULARY, k);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static DetentionStats readDetention(JsonParser p, DeserializationContext c) throws IOException {
    DetentionStats.Builder b = DetentionStats.builder();
    Set<String> version1 = new HashSet<>();
    Boolean[] exhaustive = new Boolean[1];
    object(p, c, "a detention record", name -> {
      switch (name) {
        case "scope":
          b.scope(readScope(p, c));
          return true;
        case "sentencesBreakdownExhaustive": // format version 1
          exhaustive[0] = bool(p, c);
          return true;
        case "convictionEvidence":
          b.addAllConvictionEvidence(list(p, c, "evidence kinds", (p2, c2) -> readTerm(p2, c2, EvidenceKind.VOCABULARY)));
          return true;
        default:
          return readFigure(name, p, c, DetentionStats.SECTION, b, version1);
      }
    });
    DetentionStats d = build(p, c, b::build);
    if (!version1Exhaustive(p, c, exhaustive[0], "sentencesBreakdownExhaustive", DetentionStats.SENTENCES_BY_KIND,
        version1)) {
      return d;
    }
    return build(p, c, () -> DetentionStats.builder().from(d)
        .sentencesByKind(d.sentencesByKind().toBuilder().exhaustive().build()).build());
  }

  static void writeCriminalCases(JsonGenerator g, CriminalCases cc) throws IOException {
    g.writeStartObject();
    writeScope(g, cc.scope());
    writeFigures(g, CriminalCases.SECTION, cc);
    g.writeEndObject();
  }

  static CriminalCases readCriminalCases(JsonParser p, DeserializationContext c) throws IOException {
    CriminalCases.Builder b = CriminalCases.builder();
    Set<String> names = new HashSet<>();
    object(p, c, "a criminal-case record", name -> {
      names.add(name);
      switch (name) {
        case "scope":
          b.scope(readScope(p, c));
          return true;
        case "byCategory": // format version 1
          readCategoriesVersion1(p, c, b);
          return true;
        default:
          return readFigure(name, p, c, CriminalCases.SECTION, b);
      }
    });
    if (names.contains("byCategory") && (names.contains(CriminalCases.CASES_BY_CATEGORY.name())
        || names.contains(CriminalCases.PERSONS_BY_CATEGORY.name()))) {
      fail(p, c, "byCategory (format version 1) and " + CriminalCases.CASES_BY_CATEGORY.name() + " or "
          + CriminalCases.PERSONS_BY_CATEGORY.name() + " (version 2) cannot both be given");
    }
    return build(p, c, b::build);
  }

  /**
   * Reads the {@code byCategory} figures of format version 1, {@code [{"category", "unit", "count"}]},
   * as the breakdowns of cases and of persons by category. Version 1 checked each figure against its
   * total, not their sum, so both breakdowns are overlapping.
   */
  private static void readCategoriesVersion1(JsonParser p, DeserializationContext c, CriminalCases.Builder b)
      throws IOException {
    Breakdown.Builder<CaseCategory, Count> cases = Breakdown.builder(CaseCategory.VOCABULARY);
    Breakdown.Builder<CaseCategory, Count> persons = Breakdown.builder(CaseCategory.VOCABULARY);
    Set<String> seen = new HashSet<>();
    list(p, c, "category figures", (p2, c2) -> {
      Map<String, Object> parts = new HashMap<>();
      object(p, c, "a category figure", name -> {
        switch (name) {
          case "category":
            parts.put(name, readTerm(p, c, CaseCategory.VOCABULARY));
            return true;
          case "unit":
            parts.put(name, enumeration(p, c, Unit.class));
            return true;
          case "count":
            parts.put(name, figure(p, c));
            return true;
          default:
            return false;
        }
      });
      if (parts.size() < 3) {
        fail(p, c, "a category figure needs \"category\", \"unit\" and \"count\"");
      }
      CaseCategory category = (CaseCategory) parts.get("category");
      Unit unit = (Unit) parts.get("unit");
      if (unit != Unit.PERSONS && unit != Unit.CASES) {
        fail(p, c, "unit must be PERSONS or CASES: " + unit);
      }
      if (!seen.add(category.code() + " " + unit)) {
        fail(p, c, "the case category " + Texts.quote(category.code()) + " in " + unit + " appears twice");
      }
      (unit == Unit.CASES ? cases : persons).put(category, (Count) parts.get("count"));
      return category;
    });
    Breakdown<CaseCategory, Count> casesRead = cases.build();
    Breakdown<CaseCategory, Count> personsRead = persons.build();
    if (!casesRead.isEmpty()) {
      b.casesByCategory(casesRead.toBuilder().coverage(Breakdown.Coverage.OVERLAPPING).build());
    }
    if (!personsRead.isEmpty()) {
      b.personsByCategory(personsRead.toBuilder().coverage(Breakdown.Coverage.OVERLAPPING).build());
    }
  }

  static void writeOrganizedCrime(JsonGenerator g, OrganizedCrime o) throws IOException {
    g.writeStartObject();
    writeFigures(g, OrganizedCrime.SECTION, o);
    g.writeEndObject();
  }

  static OrganizedCrime readOrganizedCrime(JsonParser p, DeserializationContext c) throws IOException {
    OrganizedCrime.Builder b = OrganizedCrime.builder();
    object(p, c, "organized-crime figures", name -> readFigure(name, p, c, OrganizedCrime.SECTION, b));
    return build(p, c, b::build);
  }

  static void writeWeaponSeizure(JsonGenerator g, WeaponSeizure w) throws IOException {
    g.writeStartObject();
    writeScope(g, w.scope());
    writeFigures(g, WeaponSeizure.SECTION, w);
    g.writeEndObject();
  }

  static WeaponSeizure readWeaponSeizure(JsonParser p, DeserializationContext c) throws IOException {
    WeaponSeizure.Builder b = WeaponSeizure.builder();
    Set<String> version1 = new HashSet<>();
    Boolean[] exhaustive = new Boolean[1];
    object(p, c, "a weapon seizure", name -> {
      if (name.equals("breakdownExhaustive")) { // format version 1
        exhaustive[0] = bool(p, c);
        return true;
      }
      if (name.equals("scope")) {
        b.scope(readScope(p, c));
        return true;
      }
      return readFigure(name, p, c, WeaponSeizure.SECTION, b, version1);
    });
    WeaponSeizure w = build(p, c, b::build);
    if (!version1Exhaustive(p, c, exhaustive[0], "breakdownExhaustive", WeaponSeizure.BY_TYPE, version1)) {
      return w;
    }
    return build(p, c, () -> WeaponSeizure.builder().from(w).byType(w.byType().toBuilder().exhaustive().build()).build());
  }

  /**
   * Returns whether a format-version-1 flag makes a breakdown exhaustive; refuses the flag beside a
   * breakdown in the version-2 form, which states its own coverage.
   */
  private static boolean version1Exhaustive(JsonParser p, DeserializationContext c, Boolean flag, String flagName,
      Figure<?, ?> breakdown, Set<String> version1) throws IOException {
    if (flag == null) {
      return false;
    }
    if (!version1.contains(breakdown.name()) && flag) {
      fail(p, c, flagName + " (format version 1) is true but " + breakdown.name()
          + " is not an array of parts; in version 2 a breakdown states its \"coverage\"");
    }
    return flag;
  }

  static void writeCasualties(JsonGenerator g, Casualties c) throws IOException {
    g.writeStartObject();
    writeScope(g, c.scope());
    writeFigures(g, Casualties.SECTION, c);
    g.writeEndObject();
  }

  static Casualties readCasualties(JsonParser p, DeserializationContext c) throws IOException {
    Casualties.Builder b = Casualties.builder();
    object(p, c, "a casualty record", name -> {
      if (name.equals("scope")) {
        b.scope(readScope(p, c));
        return true;
      }
      return readFigure(name, p, c, Casualties.SECTION, b);
    });
    return build(p, c, b::build);
  }

  static void writeArsenalLoss(JsonGenerator g, ArsenalLoss a) throws IOException {
    g.writeStartObject();
    g.writeStringField("takenFrom", a.takenFrom());
    writeFigures(g, ArsenalLoss.SECTION, a);
    writeOptional(g, "officialCase", a.officialCase());
    g.writeEndObject();
  }

  static ArsenalLoss readArsenalLoss(JsonParser p, DeserializationContext c) throws IOException {
    ArsenalLoss.Builder b = ArsenalLoss.builder();
    object(p, c, "an arsenal loss", name -> {
      switch (name) {
        case "takenFrom":
          b.takenFrom(string(p, c));
          return true;
        case "officialCase":
          b.officialCase(string(p, c));
          return true;
        default:
          return readFigure(name, p, c, ArsenalLoss.SECTION, b);
      }
    });
    return build(p, c, b::build);
  }

  void writePropertyRecovery(JsonGenerator g, PropertyRecovery r) throws IOException {
    g.writeStartObject();
    g.writeStringField("description", r.description());
    g.writeFieldName("amount");
    writeMoney(g, r.amount());
    if (r.qualifier() != Qualifier.EXACT) {
      g.writeStringField("qualifier", r.qualifier().name());
    }
    if (r.high().isPresent()) {
      g.writeFieldName("high");
      writeMoney(g, r.high().get());
    }
    if (r.estimated()) {
      g.writeBooleanField("estimated", true);
    }
    writeOptional(g, "statedAs", r.statedAs());
    if (r.statedEquivalent().isPresent()) {
      g.writeFieldName("statedEquivalent");
      writeMoney(g, r.statedEquivalent().get());
    }
    writeOptional(g, "attribution", r.attribution());
    g.writeEndObject();
  }

  /** Writes an amount as stated: {@code {"amount": money, "qualifier", "high": money, "statedEquivalent": money, …}}. */
  void writeStatedAmount(JsonGenerator g, StatedAmount a) throws IOException {
    g.writeStartObject();
    g.writeFieldName("amount");
    writeMoney(g, a.amount());
    if (a.qualifier() != Qualifier.EXACT) {
      g.writeStringField("qualifier", a.qualifier().name());
    }
    if (a.high().isPresent()) {
      g.writeFieldName("high");
      writeMoney(g, a.high().get());
    }
    if (a.statedEquivalent().isPresent()) {
      g.writeFieldName("statedEquivalent");
      writeMoney(g, a.statedEquivalent().get());
    }
    writeOptional(g, "statedAs", a.statedAs());
    writeOptional(g, "attribution", a.attribution());
    if (a.asOf().isPresent()) {
      g.writeStringField("asOf", a.asOf().get().toString());
    }
    g.writeEndObject();
  }

  StatedAmount readStatedAmount(JsonParser p, DeserializationContext c) throws IOException {
    StatedAmount.Builder b = StatedAmount.builder();
    boolean[] hasAmount = new boolean[1];
    object(p, c, "an amount", name -> {
      switch (name) {
        case "amount":
          b.amount(readMoney(p, c));
          hasAmount[0] = true;
          return true;
        case "qualifier":
          b.qualifier(enumeration(p, c, Qualifier.class));
          return true;
        case "high":
          b.high(readMoney(p, c));
          return true;
        case "statedEquivalent":
          b.statedEquivalent(readMoney(p, c));
          return true;
        case "statedAs":
          b.statedAs(string(p, c));
          return true;
        case "attribution":
          b.attribution(string(p, c));
          return true;
        case "asOf":
          b.asOf(Json.statedDate(p, c));
          return true;
        default:
          return false;
      }
    });
    if (!hasAmount[0]) {
      fail(p, c, "an amount needs \"amount\"");
    }
    return build(p, c, b::build);
  }

  void writeDamage(JsonGenerator g, Damage d) throws IOException {
    g.writeStartObject();
    writeScope(g, d.scope());
    if (d.total().isPresent()) {
      g.writeFieldName("total");
      writeStatedAmount(g, d.total().get());
    }
    writeBreakdown(g, "byParty", "party", d.byParty(), "value", this::writeStatedAmount);
    writeFigures(g, Damage.SECTION, d);
    g.writeEndObject();
  }

  Damage readDamage(JsonParser p, DeserializationContext c) throws IOException {
    Damage.Builder b = Damage.builder();
    object(p, c, "a damage record", name -> {
      switch (name) {
        case "scope":
          b.scope(readScope(p, c));
          return true;
        case "total":
          b.total(readStatedAmount(p, c));
          return true;
        case "byParty":
          b.byParty(readBreakdown(p, c, "byParty", "party", DamagedParty.VOCABULARY,
              Breakdown.ofAmounts(DamagedParty.VOCABULARY), "value", this::readStatedAmount));
          return true;
        default:
          return readFigure(name, p, c, Damage.SECTION, b);
      }
    });
    return build(p, c, b::build);
  }

  PropertyRecovery readPropertyRecovery(JsonParser p, DeserializationContext c) throws IOException {
    PropertyRecovery.Builder b = PropertyRecovery.builder();
    object(p, c, "a property recovery", name -> {
      switch (name) {
        case "description":
          b.description(string(p, c));
          return true;
        case "amount":
          b.amount(readMoney(p, c));
          return true;
        case "qualifier":
          b.qualifier(enumeration(p, c, Qualifier.class));
          return true;
        case "high":
          b.high(readMoney(p, c));
          return true;
        case "estimated":
          b.estimated(bool(p, c));
          return true;
        case "statedAs":
          b.statedAs(string(p, c));
          return true;
        case "statedEquivalent":
          b.statedEquivalent(readMoney(p, c));
          return true;
        case "attribution":
          b.attribution(string(p, c));
          return true;
        default:
          return false;
      }
    });
    return build(p, c, b::build);
  }

  static void writeOfficial(JsonGenerator g, OfficialCase o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("post", o.post());
    g.writeStringField("organisation", o.organisation());
    g.writeStringField("status", o.status().name());
    g.writeStringField("allegation", o.allegation());
    writeFigures(g, OfficialCase.SECTION, o);
    if (o.previouslyReported()) {
      g.writeBooleanField("previouslyReported", true);
    }
    g.writeEndObject();
  }

  static OfficialCase readOfficial(JsonParser p, DeserializationContext c) throws IOException {
    OfficialCase.Builder b = OfficialCase.builder();
    object(p, c, "an official's case", name -> {
      switch (name) {
        case "id":
          b.id(string(p, c));
          return true;
        case "post":
          b.post(string(p, c));
          return true;
        case "organisation":
          b.organisation(string(p, c));
          return true;
        case "status":
          b.status(enumeration(p, c, OfficialStatus.class));
          return true;
        case "allegation":
          b.allegation(string(p, c));
          return true;
        case "previouslyReported":
          b.previouslyReported(bool(p, c));
          return true;
        default:
          return readFigure(name, p, c, OfficialCase.SECTION, b);
      }
    });
    return build(p, c, b::build);
  }

  // ---------------------------------------------------------------- briefing

  void writeBriefing(JsonGenerator g, Briefing b) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("id", b.id());
    g.writeStringField("date", b.date().toString());
    writeOptional(g, "venue", b.venue());
    g.writeStringField("jurisdiction", b.jurisdiction());
    g.writeFieldName("investigation");
    writeInvestigation(g, b.investigation());
    if (b.provisional()) {
      g.writeBooleanField("provisional", true);
    }
    writeArray(g, "speakers", b.speakers(), ModelFormat::writeSpeaker);
    writeArray(g, "sources", b.sources(), ModelFormat::writeSource);
    writeArray(g, "statements", b.statements(), ModelFormat::writeStatement);
    writeArray(g, DetentionStats.SECTION.name(), b.detention(), ModelFormat::writeDetention);
    writeArray(g, CriminalCases.SECTION.name(), b.criminalCases(), ModelFormat::writeCriminalCases);
    if (b.organizedCrime().isPresent()) {
      g.writeFieldName(OrganizedCrime.SECTION.name());
      writeOrganizedCrime(g, b.organizedCrime().get());
    }
    writeArray(g, WeaponSeizure.SECTION.name(), b.weaponSeizure(), ModelFormat::writeWeaponSeizure);
    writeArray(g, Casualties.SECTION.name(), b.casualties(), ModelFormat::writeCasualties);
    writeArray(g, Damage.SECTION.name(), b.damage(), this::writeDamage);
    writeArray(g, ArsenalLoss.SECTION.name(), b.arsenalLosses(), ModelFormat::writeArsenalLoss);
    writeArray(g, "propertyRecoveries", b.propertyRecoveries(), this::writePropertyRecovery);
    writeArray(g, OfficialCase.SECTION.name(), b.officials(), ModelFormat::writeOfficial);
    writeArray(g, "ownMeasures", b.ownMeasures(), DeclarationsFormat::writeMeasure);
    writeArray(g, "ownFigures", b.ownFigures(), DeclarationsFormat::writeOwnFigure);
    g.writeEndObject();
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  static <T> void writeArray(JsonGenerator g, String name, List<T> values, Writer<T> writer) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T v : values) {
      writer.write(g, v);
    }
    g.writeEndArray();
  }

  /** Reads a {@code formatVersion}, refusing any but 1 to {@value #FORMAT_VERSION}; returns true. */
  static boolean formatVersion(JsonParser p, DeserializationContext c) throws IOException {
    int version = Json.integer(p, c);
    if (version < 1 || version > FORMAT_VERSION) {
      fail(p, c, "unsupported formatVersion " + version + "; this reader knows versions 1 to " + FORMAT_VERSION);
    }
    return true;
  }

  Briefing readBriefing(JsonParser p, DeserializationContext c) throws IOException {
    Briefing.Builder b = Briefing.builder();
    boolean[] versioned = new boolean[1];
    object(p, c, "a briefing", name -> {
      switch (name) {
        case "formatVersion":
          versioned[0] = formatVersion(p, c);
          return true;
        case "id":
          b.id(string(p, c));
          return true;
        case "date":
          b.date(date(p, c));
          return true;
        case "venue":
          b.venue(string(p, c));
          return true;
        case "jurisdiction":
          b.jurisdiction(string(p, c));
          return true;
        case "investigation":
          b.investigation(readInvestigation(p, c));
          return true;
        case "provisional":
          b.provisional(bool(p, c));
          return true;
        case "speakers":
          b.addAllSpeakers(list(p, c, "speakers", ModelFormat::readSpeaker));
          return true;
        case "sources":
          b.addAllSources(list(p, c, "sources", ModelFormat::readSource));
          return true;
        case "statements":
          b.addAllStatements(list(p, c, "statements", ModelFormat::readStatement));
          return true;
        case "propertyRecoveries":
          b.addAllPropertyRecoveries(list(p, c, "property recoveries", this::readPropertyRecovery));
          return true;
        case "ownMeasures":
          b.addAllOwnMeasures(list(p, c, "measures", DeclarationsFormat::readMeasure));
          return true;
        case "ownFigures":
          b.addAllOwnFigures(list(p, c, "figures of measures", DeclarationsFormat::readOwnFigure));
          return true;
        default:
          return readSection(name, p, c, b);
      }
    });
    if (!versioned[0]) {
      fail(p, c, "a briefing needs \"formatVersion\": " + FORMAT_VERSION);
    }
    return build(p, c, b::build);
  }

  /** Reads the section {@code name} of a briefing, named as its declarations name it; false for no section. */
  private boolean readSection(String name, JsonParser p, DeserializationContext c, Briefing.Builder b)
      throws IOException {
    if (name.equals(DetentionStats.SECTION.name())) {
      b.addAllDetention(list(p, c, "detention records", ModelFormat::readDetention));
    } else if (name.equals(CriminalCases.SECTION.name())) {
      b.addAllCriminalCases(list(p, c, "criminal-case records", ModelFormat::readCriminalCases));
    } else if (name.equals(OrganizedCrime.SECTION.name())) {
      b.organizedCrime(readOrganizedCrime(p, c));
    } else if (name.equals(WeaponSeizure.SECTION.name())) {
      if (p.currentToken() == JsonToken.START_OBJECT) { // format version 1: one record, without a scope
        b.addWeaponSeizure(readWeaponSeizure(p, c));
      } else {
        b.addAllWeaponSeizure(list(p, c, "weapon seizures", ModelFormat::readWeaponSeizure));
      }
    } else if (name.equals(Casualties.SECTION.name())) {
      b.addAllCasualties(list(p, c, "casualty records", ModelFormat::readCasualties));
    } else if (name.equals(Damage.SECTION.name())) {
      b.addAllDamage(list(p, c, "damage records", this::readDamage));
    } else if (name.equals(ArsenalLoss.SECTION.name())) {
      b.addAllArsenalLosses(list(p, c, "arsenal losses", ModelFormat::readArsenalLoss));
    } else if (name.equals(OfficialCase.SECTION.name())) {
      b.addAllOfficials(list(p, c, "officials' cases", ModelFormat::readOfficial));
    } else {
      return false;
    }
    return true;
  }
}
