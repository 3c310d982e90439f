package io.github.briefings.format.adapter;

import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import io.github.briefings.model.InvalidValueException;
import io.github.briefings.model.StatedDate;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Strict reading primitives: each checks the JSON type, and every failure names the JSON path, what
 * was expected and what was found; and the writers of the plain JSON types.
 */
final class Json {
  private Json() {}

  static final Writer<String> STRING = JsonOut::string;
  static final Writer<Long> LONG = JsonOut::number;
  static final Writer<Integer> INT = JsonOut::number;
  static final Writer<Boolean> BOOLEAN = JsonOut::bool;
  static final Writer<Object> TO_STRING = (out, v) -> out.string(v.toString());

  /** Handles one property of an object whose property names are data, such as a map. */
  @FunctionalInterface
  interface Fields {
    void field(String name) throws IOException;
  }

  /** Describes the current token for messages: {@code the number -3}, {@code the string "x"}, {@code an array}. */
  static String found(JsonIn in) throws IOException {
    switch (in.token()) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case STRING:
        return "the string " + Texts.quote(in.text());
      case INTEGER:
      case DECIMAL:
        return "the number " + shorten(in.text());
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case END_OBJECT:
        return "}";
      case END_ARRAY:
        return "]";
      case NAME:
        return "a property name";
      case END:
        return "the end of the input";
      default:
        return "an embedded value";
    }
  }

  private static String shorten(String text) {
    return text.length() <= Texts.QUOTED ? text : text.substring(0, Texts.QUOTED) + "… (" + text.length() + " characters)";
  }

  static <T> T expected(JsonIn in, String what) throws IOException {
    return in.fail("expected " + what + ", found " + found(in));
  }

  /** Reads an object whose property names are data, refusing repeated ones. */
  static void object(JsonIn in, String what, Fields fields) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      expected(in, what + " (an object)");
    }
    Set<String> seen = new HashSet<>();
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      if (!seen.add(name)) {
        in.fail("the property " + Texts.quote(name) + " appears twice");
      }
      in.next();
      fields.field(name);
    }
    if (in.token() != Token.END_OBJECT) {
      expected(in, "a property name");
    }
  }

  /** Builds a value, turning a broken invariant into a failure at the current path. */
  static <T> T build(JsonIn in, Supplier<T> build) throws IOException {
    try {
      return build.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      return in.fail(e.getMessage());
    }
  }

  static <T> List<T> list(JsonIn in, String what, Reader<T> element) throws IOException {
    if (in.token() != Token.START_ARRAY) {
      expected(in, "an array of " + what);
    }
    List<T> out = new ArrayList<>(4); // most lists of a briefing are short
    while (in.next() != Token.END_ARRAY) {
      out.add(element.read(in));
    }
    return out;
  }

  /** Reads a list of {@code what}. */
  static <T> Reader<List<T>> listOf(String what, Reader<T> element) {
    return in -> list(in, what, element);
  }

  /** Writes a list as an array. */
  static <T> Writer<List<T>> arrayOf(Writer<T> element) {
    return (out, values) -> {
      out.startArray();
      for (int i = 0; i < values.size(); i++) { // the model's lists are random access
        element.write(out, values.get(i));
      }
      out.endArray();
    };
  }

  static String string(JsonIn in) throws IOException {
    if (in.token() != Token.STRING) {
      expected(in, "a string");
    }
    return in.text();
  }

  static boolean bool(JsonIn in) throws IOException {
    Token t = in.token();
    if (t != Token.TRUE && t != Token.FALSE) {
      expected(in, "true or false");
    }
    return t == Token.TRUE;
  }

  /** A whole number from 0 to {@link Long#MAX_VALUE}. */
  static long count(JsonIn in) throws IOException {
    if (in.token() != Token.INTEGER) {
      expected(in, "a whole number");
    }
    if (!in.fitsLong()) {
      in.fail("expected a whole number up to " + Long.MAX_VALUE + ", found " + found(in));
    }
    long v = in.longValue();
    if (v < 0) {
      in.fail("a count must not be negative: " + v);
    }
    return v;
  }

  static int integer(JsonIn in) throws IOException {
    if (in.token() != Token.INTEGER || !in.fitsInt()) {
      expected(in, "a whole number");
    }
    return (int) in.longValue();
  }

  static LocalDate date(JsonIn in) throws IOException {
    String text = string(in);
    try {
      LocalDate date = Dates.parseDay(text);
      if (date == null) {
        date = LocalDate.parse(text);
      }
      if (!Dates.inRange(date)) {
        in.fail(Dates.outOfRange("the date", date));
      }
      return date;
    } catch (DateTimeParseException e) {
      return in.fail("expected an ISO-8601 date such as 2022-04-11, found " + Texts.quote(text));
    }
  }

  /** Reads a date as precisely as stated: {@code "2022-04-11"}, {@code "2023-05"} or {@code "2022"}. */
  static StatedDate statedDate(JsonIn in) throws IOException {
    String text = string(in);
    try {
      return StatedDate.parse(text);
    } catch (InvalidValueException e) {
      return in.fail(e.problems().get(0));
    }
  }
}
