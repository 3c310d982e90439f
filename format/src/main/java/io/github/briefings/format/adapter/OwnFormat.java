package io.github.briefings.format.adapter;

import static io.github.briefings.format.adapter.Property.nullable;
import static io.github.briefings.format.adapter.Property.optional;
import static io.github.briefings.format.adapter.Property.optionalText;
import static io.github.briefings.format.adapter.Property.required;
import static io.github.briefings.format.adapter.Property.text;

import io.github.briefings.internal.Texts;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures and figures of the user's own ({@link OwnMeasure}, {@link OwnFigure}): a figure's
 * breakdown names its dimension by the name of its parts' key.
 */
final class OwnFormat {
  private OwnFormat() {}

  static final ObjectFormat<OwnMeasure> MEASURE;

  static {
    Property<OwnMeasure, String> id = text("id", OwnMeasure::id);
    Property<OwnMeasure, String> label = text("label", OwnMeasure::label);
    Property<OwnMeasure, Unit> unit = required("unit", ModelFormat.UNIT, ModelFormat.UNIT, OwnMeasure::unit);
    EnumFormat<FigureKind> kinds = new EnumFormat<>(FigureKind.class);
    Property<OwnMeasure, FigureKind> kind = required("kind", kinds, kinds, OwnMeasure::kind);
    Property<OwnMeasure, String> section = optionalText("section", OwnMeasure::section);
    MEASURE = new ObjectFormat<>("a measure", List.of(id, label, unit, kind, section), values -> {
      OwnMeasure m = OwnMeasure.of(values.get(id), values.get(label), values.get(unit), values.get(kind));
      return values.find(section).map(m::inSection).orElse(m);
    });
  }

  /** A dimension a breakdown of one's own may have, with the name of its parts' key, which says it. */
  private record Dimension<K extends Term>(String keyName, TermFormat<K> terms) {
    Dimension(String keyName, Vocabulary<K> vocabulary) {
      this(keyName, new TermFormat<>(vocabulary));
    }

    Vocabulary<K> vocabulary() {
      return terms.vocabulary();
    }

    /** Writes a breakdown of this dimension; false for a breakdown of another. */
    boolean write(JsonOut out, Breakdown<?, Count> breakdown) throws IOException {
      if (breakdown.dimension() != vocabulary()) {
        return false;
      }
      Breakdown.Builder<K, Count> b = Breakdown.builder(vocabulary());
      for (Map.Entry<? extends Term, Count> e : breakdown.parts().entrySet()) {
        b.put(vocabulary().type().cast(e.getKey()), e.getValue());
      }
      breakdown.overlap().ifPresent(b::overlap);
      b.coverage(breakdown.coverage());
      format().write(out, b.build());
      return true;
    }

    BreakdownFormat<K, Count> format() {
      return new BreakdownFormat<>("breakdown", keyName, terms, () -> Breakdown.builder(vocabulary()), "count",
          ModelFormat::readCount, ModelFormat::writeCount);
    }

    /** Builds the breakdown of the parts read, every key of this dimension. */
    Breakdown<K, Count> build(List<Part> parts, Optional<Count> overlap, Optional<Breakdown.Coverage> coverage) {
      Breakdown.Builder<K, Count> b = Breakdown.builder(vocabulary());
      for (Part part : parts) {
        b.put(vocabulary().type().cast(part.key()), part.count());
      }
      overlap.ifPresent(b::overlap);
      coverage.ifPresent(b::coverage);
      return b.build();
    }
  }

  private static final List<Dimension<?>> DIMENSIONS = List.of(new Dimension<>("category", CaseCategory.VOCABULARY),
      new Dimension<>("type", WeaponType.VOCABULARY), new Dimension<>("kind", SentenceKind.VOCABULARY),
      new Dimension<>("evidence", EvidenceKind.VOCABULARY), new Dimension<>("provenance", Provenance.VOCABULARY),
      new Dimension<>("group", CasualtyGroup.VOCABULARY), new Dimension<>("region", Region.VOCABULARY),
      new Dimension<>("party", DamagedParty.VOCABULARY));

  /** A part as read: its dimension, key and count. */
  private record Part(Dimension<?> dimension, Term key, Count count) {}

  /** Reads the parts of one breakdown, each keyed along the dimension of the first. */
  private static final class PartsReader {
    private Dimension<?> dimension;
    private final ObjectFormat<Part> part = part();

    List<Part> read(JsonIn in) throws IOException {
      Set<String> seen = new HashSet<>();
      return Json.list(in, "breakdown parts", element -> {
        Part part = this.part.read(element);
        if (!seen.add(part.key().code())) {
          element.fail("the " + part.dimension().vocabulary().name() + " " + Texts.quote(part.key().code())
              + " appears twice");
        }
        return part;
      });
    }

    /** A part's table: one property per dimension's key, of which the part gives one, and its count. */
    private ObjectFormat<Part> part() {
      List<Property<Part, ?>> properties = new ArrayList<>();
      List<Property<Part, Term>> keys = new ArrayList<>();
      for (Dimension<?> d : DIMENSIONS) {
        Property<Part, Term> key = nullable(d.keyName(), in -> key(in, d), (out, t) -> {}, p -> null);
        keys.add(key);
        properties.add(key);
      }
      Property<Part, Count> count = required("count", ModelFormat::readCount, ModelFormat::writeCount, Part::count);
      properties.add(count);
      Set<String> names = new TreeSet<>();
      DIMENSIONS.forEach(d -> names.add(d.keyName()));
      return new ObjectFormat<>("a breakdown part", properties, "a breakdown part needs a key ("
          + String.join(", ", names) + ") and \"count\"", values -> {
            for (Property<Part, Term> key : keys) {
              if (values.has(key)) {
                return new Part(dimension, values.get(key), values.get(count));
              }
            }
            return values.fail("a breakdown part needs a key (" + String.join(", ", names) + ") and \"count\"");
          });
    }

    private Term key(JsonIn in, Dimension<?> d) throws IOException {
      if (dimension != null && dimension != d) {
        in.fail("the parts of one breakdown are keyed along one dimension: \"" + d.keyName() + "\" after \""
            + dimension.keyName() + "\"");
      }
      dimension = d;
      return d.terms().read(in);
    }
  }

  private static Breakdown<?, Count> readBreakdown(JsonIn in) throws IOException {
    PartsReader partsReader = new PartsReader();
    Property<Breakdown<?, Count>, Breakdown.Coverage> coverage = nullable("coverage",
        BreakdownFormat.COVERAGE, BreakdownFormat.COVERAGE, b -> null);
    Property<Breakdown<?, Count>, Count> overlap = nullable("overlap", ModelFormat::readCount, ModelFormat::writeCount,
        b -> null);
    Property<Breakdown<?, Count>, List<Part>> parts = required("parts", partsReader::read, (out, p) -> {},
        b -> List.of());
    return new ObjectFormat<>("a breakdown", List.of(coverage, overlap, parts), values -> {
      List<Part> read = values.get(parts);
      if (read.isEmpty()) {
        return values.fail("a breakdown needs \"parts\"");
      }
      return read.get(0).dimension().build(read, values.find(overlap), values.find(coverage));
    }).read(in);
  }

  private static void writeBreakdown(JsonOut out, Breakdown<?, Count> breakdown) throws IOException {
    for (Dimension<?> d : DIMENSIONS) {
      if (d.write(out, breakdown)) {
        return;
      }
    }
    throw new IllegalArgumentException("no key name for the dimension " + breakdown.dimension().name());
  }

  static final ObjectFormat<OwnFigure> OWN_FIGURE;

  static {
    Property<OwnFigure, String> measure = text("measure", OwnFigure::measure);
    Property<OwnFigure, String> scope = optionalText("scope", OwnFigure::scope);
    Property<OwnFigure, Count> count = required("count", ModelFormat::readCount, ModelFormat::writeCount,
        OwnFigure::count);
    Property<OwnFigure, Breakdown<?, Count>> breakdown = optional("breakdown", OwnFormat::readBreakdown,
        OwnFormat::writeBreakdown, OwnFigure::breakdown);
    OWN_FIGURE = new ObjectFormat<>("a figure of a measure", List.of(measure, scope, count, breakdown), values -> {
      OwnFigure f = OwnFigure.of(values.get(measure), values.get(count));
      f = values.find(scope).map(f::inScope).orElse(f);
      return values.find(breakdown).map(f::withBreakdown).orElse(f);
    });
  }
}
