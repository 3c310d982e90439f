package io.github.briefings.format.adapter;

import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Texts;
import io.github.briefings.model.Term;
import io.github.briefings.model.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A term of one vocabulary: its code when it is well known, otherwise an object with code, label and
 * the vocabulary's attributes, in the order the vocabulary declares them.
 */
final class TermFormat<T extends Term> implements Reader<T>, Writer<T> {
  private final Vocabulary<T> vocabulary;
  /** The codes of the well-known terms, by the constant itself, to be written prepared. */
  private final Map<T, Name> codes = new IdentityHashMap<>();
  /** The well-known terms by code, the first of a code as {@link Vocabulary#wellKnown(String)} finds it. */
  private final CodeTable<T> byCode;
  private final String a;
  private final ObjectFormat<T> own;

  TermFormat(Vocabulary<T> vocabulary) {
    this.vocabulary = vocabulary;
    Map<String, T> known = new LinkedHashMap<>();
    for (T t : vocabulary.wellKnown()) {
      codes.put(t, new Name(t.code()));
      known.putIfAbsent(t.code(), t);
    }
    this.byCode = new CodeTable<>(known);
    String what = vocabulary.name();
    this.a = ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    Property<T, String> code = Property.text("code", Term::code);
    Property<T, String> label = Property.text("label", Term::label);
    List<Property<T, ?>> properties = new ArrayList<>(List.of(code, label));
    List<Property<T, Object>> attributes = new ArrayList<>();
    for (Vocabulary.Attribute<T> attribute : vocabulary.attributes()) {
      Reader<Object> reader = attribute.type() == Boolean.class ? Json::bool : Json::string;
      attributes.add(Property.optional(attribute.name(), reader, TermFormat::writeAttribute,
          term -> Optional.ofNullable(attribute.of(term).orElse(null))));
    }
    properties.addAll(attributes);
    this.own = new ObjectFormat<>(a, properties, a + " of your own needs \"code\" and \"label\"", values -> {
      Map<String, Object> given = new HashMap<>();
      for (int i = 0; i < attributes.size(); i++) {
        Property<T, Object> p = attributes.get(i);
        if (vocabulary.attributes().get(i).isRequired() && !values.has(p)) {
          values.fail(a + " of your own needs \"" + p.name() + "\"");
        }
        values.ifPresent(p, v -> given.put(p.name(), v));
      }
      return vocabulary.of(values.get(code), values.get(label), given);
    });
  }

  private static void writeAttribute(JsonOut out, Object value) throws IOException {
    if (value instanceof Boolean flag) {
      out.bool(flag);
    } else {
      out.string(value.toString());
    }
  }

  Vocabulary<T> vocabulary() {
    return vocabulary;
  }

  @Override
  public T read(JsonIn in) throws IOException {
    if (in.token() == Token.STRING) {
      T known = in.find(byCode);
      if (known == null) {
        in.fail("unknown " + vocabulary.name() + " " + Texts.quote(in.text()) + "; " + a
            + " of your own is an object with code and label");
      }
      return known;
    }
    if (in.token() != Token.START_OBJECT) {
      Json.expected(in, a + " (a well-known code, or an object with code and label)");
    }
    return own.read(in);
  }

  @Override
  public void write(JsonOut out, T term) throws IOException {
    Name code = codes.get(term); // the constant, as reading gives and most code names it
    if (code != null) {
      out.string(code);
    } else if (vocabulary.isWellKnown(term)) {
      out.string(term.code());
    } else {
      own.write(out, term);
    }
  }
}
