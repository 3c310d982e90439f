package io.github.briefings.format.adapter;

import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The constants of one enum, by name: read from a string naming one, refusing any other string with
 * the names it expected; written as the name, prepared once for the writer.
 *
 * @param <E> the enum
 */
final class EnumFormat<E extends Enum<E>> implements Reader<E>, Writer<E> {
  private final CodeTable<E> byName;
  /** The names, by ordinal. */
  private final Name[] names;
  private final String expected;

  EnumFormat(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Map<String, E> named = new LinkedHashMap<>();
    names = new Name[constants.length];
    for (E e : constants) {
      named.put(e.name(), e);
      names[e.ordinal()] = new Name(e.name());
    }
    byName = new CodeTable<>(named);
    expected = "expected one of " + String.join(", ", named.keySet()) + ", found ";
  }

  @Override
  public E read(JsonIn in) throws IOException {
    if (in.token() != Token.STRING) {
      Json.expected(in, "a string");
    }
    E e = in.find(byName);
    return e != null ? e : in.fail(expected + Texts.quote(in.text()));
  }

  @Override
  public void write(JsonOut out, E value) throws IOException {
    out.string(names[value.ordinal()]);
  }
}
