package io.github.briefings.format.adapter;

import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The properties of the figures a section declares, in declaration order, each with how it is set
 * on the section's builder: the figure catalogue read as part of a property table.
 *
 * @param <S> the section's record type
 * @param <B> its builder
 */
final class SectionFigures<S, B> {
  private final List<Property<S, ?>> properties = new ArrayList<>();
  private final List<Setter<B, ?>> setters = new ArrayList<>();
  private final Map<String, Property<S, ?>> byName = new HashMap<>();

  private record Setter<B, V>(Property<?, V> property, BiConsumer<B, V> set) {
    void apply(Values values, B builder) {
      values.ifPresent(property, builder, set);
    }
  }

  SectionFigures(Section<S, B> section, Reader<Count> count, Writer<Count> countWriter) {
    for (Figure<S, B> f : section.figures()) {
      if (f.parts().isPresent()) {
        addBreakdown(f, f.parts().get(), count, countWriter);
      } else {
        Property<S, Count> p = Property.optional(f.name(), count, countWriter, f::value);
        add(p, new Setter<>(p, f::set));
      }
    }
  }

  private <K extends Term> void addBreakdown(Figure<S, B> f, Figure.Parts<S, B, K> parts, Reader<Count> count,
      Writer<Count> countWriter) {
    BreakdownFormat<K, Count> format = new BreakdownFormat<>(f.name(), parts.keyName(),
        new TermFormat<>(parts.dimension()), () -> Breakdown.builder(parts.dimension()), "count", count, countWriter);
    Property<S, Breakdown<K, Count>> p = Property.nullable(f.name(), format, format, record -> {
      Breakdown<K, Count> b = parts.of(record);
      return b.isEmpty() ? null : b;
    });
    add(p, new Setter<>(p, parts::set));
  }

  private void add(Property<S, ?> p, Setter<B, ?> setter) {
    properties.add(p);
    setters.add(setter);
    byName.put(p.name(), p);
  }

  /** The properties, to place in the section's table. */
  List<Property<S, ?>> properties() {
    return properties;
  }

  /** The property of one figure. */
  Property<S, ?> of(Figure<S, ?> figure) {
    return byName.get(figure.name());
  }

  /** Sets every figure read on the builder. */
  void set(Values values, B builder) {
    for (Setter<B, ?> s : setters) {
      s.apply(values, builder);
    }
  }
}
