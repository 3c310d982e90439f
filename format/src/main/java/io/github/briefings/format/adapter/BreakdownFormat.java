package io.github.briefings.format.adapter;

import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Texts;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Term;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A breakdown: {@code {"coverage", "overlap", "parts": [{"<keyName>": term, "<valueName>": part}]}};
 * read also as the array of parts alone, as format version 1 wrote it (then partial). A key whose
 * code repeats is refused at the part's path.
 */
final class BreakdownFormat<K extends Term, V> implements Reader<Breakdown<K, V>>, Writer<Breakdown<K, V>> {
  static final EnumFormat<Breakdown.Coverage> COVERAGE = new EnumFormat<>(Breakdown.Coverage.class);
  private final String name;
  private final String partsName;
  private final TermFormat<K> key;
  private final Supplier<Breakdown.Builder<K, V>> builder;
  private final ObjectFormat<Map.Entry<K, V>> part;
  private final ObjectFormat<Breakdown<K, V>> object;

  BreakdownFormat(String name, String keyName, TermFormat<K> key, Supplier<Breakdown.Builder<K, V>> builder,
      String valueName, Reader<V> valueReader, Writer<V> valueWriter) {
    this.name = name;
    this.partsName = name + " parts";
    this.key = key;
    this.builder = builder;
    Property<Map.Entry<K, V>, K> partKey = Property.required(keyName, key, key, Map.Entry::getKey);
    Property<Map.Entry<K, V>, V> partValue = Property.required(valueName, valueReader, valueWriter, Map.Entry::getValue);
    this.part = new ObjectFormat<>("a " + name + " part", List.of(partKey, partValue),
        values -> Map.entry(values.get(partKey), values.get(partValue)));
    Property<Breakdown<K, V>, Breakdown.Coverage> coverage = Property.nullable("coverage",
        COVERAGE, COVERAGE, Breakdown::coverage);
    Property<Breakdown<K, V>, V> overlap = Property.optional("overlap", valueReader, valueWriter, Breakdown::overlap);
    // written from the breakdown's own entries, in order, without copying them
    Property<Breakdown<K, V>, Collection<Map.Entry<K, V>>> parts = Property.required("parts", this::readParts,
        (out, entries) -> {
          out.startArray();
          for (Map.Entry<K, V> e : entries) {
            part.write(out, e);
          }
          out.endArray();
        }, b -> b.parts().entrySet());
    this.object = new ObjectFormat<>("a breakdown", List.of(coverage, overlap, parts), values -> {
      Breakdown.Builder<K, V> b = filled(values.get(parts));
      values.ifPresent(overlap, b, Breakdown.Builder<K, V>::overlap);
      // after the overlap, which implies OVERLAPPING, whatever the order of the properties
      values.ifPresent(coverage, b, Breakdown.Builder<K, V>::coverage);
      return b.build();
    });
  }

  private Breakdown.Builder<K, V> filled(Collection<Map.Entry<K, V>> parts) {
    Breakdown.Builder<K, V> b = builder.get();
    for (Map.Entry<K, V> e : parts) {
      b.put(e.getKey(), e.getValue());
    }
    return b;
  }

  private List<Map.Entry<K, V>> readParts(JsonIn in) throws IOException {
    Codes seen = new Codes();
    return Json.list(in, partsName, element -> {
      Map.Entry<K, V> e = part.read(element);
      String code = e.getKey().code();
      if (!seen.add(code)) {
        element.fail("the " + key.vocabulary().name() + " " + Texts.quote(code) + " appears twice");
      }
      return e;
    });
  }

  /** The codes of the parts read so far: a few compared one by one, many in a set. */
  private static final class Codes {
    private final String[] few = new String[8];
    private int count;
    private Set<String> many;

    /** Adds a code; returns false when it was read before. */
    boolean add(String code) {
      if (many != null) {
        return many.add(code);
      }
      for (int i = 0; i < count; i++) {
        if (few[i].equals(code)) {
          return false;
        }
      }
      if (count < few.length) {
        few[count++] = code;
        return true;
      }
      many = new HashSet<>(List.of(few));
      return many.add(code);
    }
  }

  @Override
  public Breakdown<K, V> read(JsonIn in) throws IOException {
    if (in.token() == Token.START_ARRAY) {
      Breakdown.Builder<K, V> b = filled(readParts(in));
      return Json.build(in, b::build);
    }
    return object.read(in);
  }

  @Override
  public void write(JsonOut out, Breakdown<K, V> breakdown) throws IOException {
    object.write(out, breakdown);
  }
}
