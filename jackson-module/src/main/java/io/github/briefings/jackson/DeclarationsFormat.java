package io.github.briefings.jackson;

import static io.github.briefings.jackson.Json.bool;
import static io.github.briefings.jackson.Json.build;
import static io.github.briefings.jackson.Json.enumeration;
import static io.github.briefings.jackson.Json.fail;
import static io.github.briefings.jackson.Json.figure;
import static io.github.briefings.jackson.Json.list;
import static io.github.briefings.jackson.Json.object;
import static io.github.briefings.jackson.Json.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.CasualtyGroup;
import io.github.briefings.model.Count;
import io.github.briefings.model.DamagedParty;
import io.github.briefings.model.EvidenceKind;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Provenance;
import io.github.briefings.model.Region;
import io.github.briefings.model.SentenceKind;
import io.github.briefings.model.Term;
import io.github.briefings.model.Unit;
import io.github.briefings.model.Vocabulary;
import io.github.briefings.model.WeaponType;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes measures and relations of the user's own, and declarations files. */
final class DeclarationsFormat {
  /** The version of the declarations format written, and the only one read. */
  static final int DECLARATIONS_VERSION = 1;

  private DeclarationsFormat() {}

  static void writeMeasure(JsonGenerator g, OwnMeasure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("label", m.label());
    g.writeStringField("unit", m.unit().name());
    g.writeStringField("kind", m.kind().name());
    if (m.section().isPresent()) {
      g.writeStringField("section", m.section().get());
    }
    g.writeEndObject();
  }

  static OwnMeasure readMeasure(JsonParser p, DeserializationContext c) throws IOException {
    Map<String, Object> parts = new HashMap<>();
    object(p, c, "a measure", name -> {
      switch (name) {
        case "id":
        case "label":
        case "section":
          parts.put(name, string(p, c));
          return true;
        case "unit":
          parts.put(name, enumeration(p, c, Unit.class));
          return true;
        case "kind":
          parts.put(name, enumeration(p, c, FigureKind.class));
          return true;
        default:
          return false;
      }
    });
    for (String required : List.of("id", "label", "unit", "kind")) {
      if (!parts.containsKey(required)) {
        fail(p, c, "a measure needs \"id\", \"label\", \"unit\" and \"kind\"");
      }
    }
    return build(p, c, () -> {
      OwnMeasure m = OwnMeasure.of((String) parts.get("id"), (String) parts.get("label"), (Unit) parts.get("unit"),
          (FigureKind) parts.get("kind"));
      return parts.containsKey("section") ? m.inSection((String) parts.get("section")) : m;
    });
  }

  /** The name of a part's key in a breakdown of a figure of one's own, by dimension; it says the dimension. */
  private static final Map<Vocabulary<?>, String> KEY_NAMES = Map.of(CaseCategory.VOCABULARY, "category",
      WeaponType.VOCABULARY, "type", SentenceKind.VOCABULARY, "kind", EvidenceKind.VOCABULARY, "evidence",
      Provenance.VOCABULARY, "provenance", CasualtyGroup.VOCABULARY, "group", Region.VOCABULARY, "region",
      DamagedParty.VOCABULARY, "party");

  static void writeOwnFigure(JsonGenerator g, OwnFigure f) throws IOException {
    g.writeStartObject();
    g.writeStringField("measure", f.measure());
    if (f.scope().isPresent()) {
      g.writeStringField("scope", f.scope().get());
    }
    g.writeFieldName("count");
    ModelFormat.writeCount(g, f.count());
    if (f.breakdown().isPresent()) {
      writeOwnBreakdown(g, f.breakdown().get());
    }
    g.writeEndObject();
  }

  private static <K extends Term> void writeOwnBreakdown(JsonGenerator g, Breakdown<K, Count> b) throws IOException {
    ModelFormat.writeBreakdown(g, "breakdown", KEY_NAMES.get(b.dimension()), b, "count", ModelFormat::writeCount);
  }

  /**
   * Reads the breakdown of a figure of one's own: {@code {"coverage", "overlap", "parts": [{"region":
   * term, "count": figure}]}}, its dimension told by the name of the parts' key.
   */
  private static Breakdown<?, Count> readOwnBreakdown(JsonParser p, DeserializationContext c) throws IOException {
    List<Breakdown.Coverage> coverage = new ArrayList<>(1);
    List<Count> overlap = new ArrayList<>(1);
    List<Object[]> parts = new ArrayList<>();
    List<Vocabulary<?>> dimension = new ArrayList<>(1);
    object(p, c, "a breakdown", name -> {
      switch (name) {
        case "coverage":
          coverage.add(enumeration(p, c, Breakdown.Coverage.class));
          return true;
        case "overlap":
          overlap.add(figure(p, c));
          return true;
        case "parts":
          list(p, c, "breakdown parts", (p2, c2) -> {
            Object[] part = new Object[2];
            object(p, c, "a breakdown part", property -> {
              if (property.equals("count")) {
                part[1] = figure(p, c);
                return true;
              }
              for (Map.Entry<Vocabulary<?>, String> e : KEY_NAMES.entrySet()) {
                if (e.getValue().equals(property)) {
                  if (!dimension.isEmpty() && dimension.get(0) != e.getKey()) {
                    fail(p, c, "the parts of one breakdown are keyed along one dimension: \"" + property
                        + "\" after \"" + KEY_NAMES.get(dimension.get(0)) + "\"");
                  }
                  if (dimension.isEmpty()) {
                    dimension.add(e.getKey());
                  }
                  part[0] = ModelFormat.readTerm(p, c, e.getKey());
                  return true;
                }
              }
              return false;
            });
            if (part[0] == null || part[1] == null) {
              fail(p, c, "a breakdown part needs a key (" + String.join(", ", new java.util.TreeSet<>(KEY_NAMES.values()))
                  + ") and \"count\"");
            }
            parts.add(part);
            return part;
          });
          return true;
        default:
          return false;
      }
    });
    if (dimension.isEmpty()) {
      fail(p, c, "a breakdown needs \"parts\"");
    }
    return build(p, c, () -> breakdown(dimension.get(0), parts, overlap, coverage));
  }

  @SuppressWarnings("unchecked")
  private static <K extends Term> Breakdown<K, Count> breakdown(Vocabulary<K> dimension, List<Object[]> parts,
      List<Count> overlap, List<Breakdown.Coverage> coverage) {
    Breakdown.Builder<K, Count> b = Breakdown.builder(dimension);
    Map<String, Boolean> seen = new HashMap<>();
    for (Object[] part : parts) {
      K key = (K) part[0];
      if (seen.put(key.code(), Boolean.TRUE) != null) {
        throw new IllegalArgumentException("the " + dimension.name() + " \"" + key.code() + "\" appears twice");
      }
      b.put(key, (Count) part[1]);
    }
    overlap.forEach(b::overlap);
    coverage.forEach(b::coverage);
    return b.build();
  }

  static OwnFigure readOwnFigure(JsonParser p, DeserializationContext c) throws IOException {
    String[] names = new String[2];
    Count[] count = new Count[1];
    List<Breakdown<?, Count>> breakdown = new ArrayList<>(1);
    object(p, c, "a figure of a measure", name -> {
      switch (name) {
        case "measure":
          names[0] = string(p, c);
          return true;
        case "scope":
          names[1] = string(p, c);
          return true;
        case "count":
          count[0] = figure(p, c);
          return true;
        case "breakdown":
          breakdown.add(readOwnBreakdown(p, c));
          return true;
        default:
          return false;
      }
    });
    if (names[0] == null || count[0] == null) {
      fail(p, c, "a figure of a measure needs \"measure\" and \"count\"");
    }
    return build(p, c, () -> {
      OwnFigure f = OwnFigure.of(names[0], count[0]);
      f = names[1] == null ? f : f.inScope(names[1]);
      return breakdown.isEmpty() ? f : f.withBreakdown(breakdown.get(0));
    });
  }

  static void writeRelation(JsonGenerator g, Relation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("severity", r.severity().name());
    g.writeStringField("description", r.description());
    g.writeStringField("section", r.section());
    writeNames(g, "left", r.left());
    g.writeStringField("comparison", r.comparison().name());
    writeNames(g, "right", r.right());
    if (r.toParent()) {
      g.writeBooleanField("toParent", true);
    }
    if (r.whenAllStated()) {
      g.writeBooleanField("whenAllStated", true);
    }
    if (r.reportAt().isPresent()) {
      g.writeStringField("reportAt", r.reportAt().get());
    }
    g.writeEndObject();
  }

  private static void writeNames(JsonGenerator g, String field, List<String> names) throws IOException {
    g.writeArrayFieldStart(field);
    for (String n : names) {
      g.writeString(n);
    }
    g.writeEndArray();
  }

  static Relation readRelation(JsonParser p, DeserializationContext c) throws IOException {
    Map<String, Object> parts = new HashMap<>();
    object(p, c, "a relation", name -> {
      switch (name) {
        case "id":
        case "description":
        case "section":
        case "reportAt":
          parts.put(name, string(p, c));
          return true;
        case "severity":
          parts.put(name, enumeration(p, c, Severity.class));
          return true;
        case "comparison":
          parts.put(name, enumeration(p, c, Relation.Comparison.class));
          return true;
        case "left":
        case "right":
          parts.put(name, list(p, c, "figure names", Json::string));
          return true;
        case "toParent":
        case "whenAllStated":
          parts.put(name, bool(p, c));
          return true;
        default:
          return false;
      }
    });
    for (String required : List.of("id", "section", "left", "comparison", "right")) {
      if (!parts.containsKey(required)) {
        fail(p, c, "a relation needs \"id\", \"section\", \"left\", \"comparison\" and \"right\"");
      }
    }
    return build(p, c, () -> {
      Relation.Builder b = Relation.builder((String) parts.get("id")).in((String) parts.get("section"));
      if (parts.containsKey("severity")) {
        b.severity((Severity) parts.get("severity"));
      }
      if (parts.containsKey("description")) {
        b.description((String) parts.get("description"));
      }
      @SuppressWarnings("unchecked")
      List<String> left = (List<String>) parts.get("left");
      b.sumOf(left.toArray(new String[0]));
      if (Boolean.TRUE.equals(parts.get("toParent"))) {
        b.toParent();
      }
      if (Boolean.TRUE.equals(parts.get("whenAllStated"))) {
        b.whenAllStated();
      }
      if (parts.containsKey("reportAt")) {
        b.reportAt((String) parts.get("reportAt"));
      }
      @SuppressWarnings("unchecked")
      List<String> right = (List<String>) parts.get("right");
      return b.compare((Relation.Comparison) parts.get("comparison"), right);
    });
  }

  static void writeDeclarations(JsonGenerator g, Declarations d) throws IOException {
    g.writeStartObject();
    g.writeNumberField("declarationsVersion", DECLARATIONS_VERSION);
    ModelFormat.writeArray(g, "measures", d.measures(), DeclarationsFormat::writeMeasure);
    ModelFormat.writeArray(g, "relations", d.relations(), DeclarationsFormat::writeRelation);
    g.writeEndObject();
  }

  static Declarations readDeclarations(JsonParser p, DeserializationContext c) throws IOException {
    List<OwnMeasure> measures = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    boolean[] versioned = new boolean[1];
    object(p, c, "declarations", name -> {
      switch (name) {
        case "declarationsVersion":
          int version = Json.integer(p, c);
          if (version != DECLARATIONS_VERSION) {
            fail(p, c, "unsupported declarationsVersion " + version + "; this reader knows version " + DECLARATIONS_VERSION);
          }
          versioned[0] = true;
          return true;
        case "measures":
          measures.addAll(list(p, c, "measures", DeclarationsFormat::readMeasure));
          return true;
        case "relations":
          relations.addAll(list(p, c, "relations", DeclarationsFormat::readRelation));
          return true;
        default:
          return false;
      }
    });
    if (!versioned[0]) {
      fail(p, c, "declarations need \"declarationsVersion\": " + DECLARATIONS_VERSION);
    }
    return build(p, c, () -> Declarations.of(measures, relations));
  }
}
