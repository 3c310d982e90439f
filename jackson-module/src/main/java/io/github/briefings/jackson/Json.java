package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.internal.Dates;
import io.github.briefings.internal.Texts;
import io.github.briefings.model.Count;
import io.github.briefings.model.InvalidValueException;
import io.github.briefings.model.StatedDate;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Strict reading primitives: each checks the JSON type, and every failure is a
 * {@link MismatchedInputException} whose message names the JSON path, what was expected and what
 * was found.
 */
final class Json {
  private Json() {}

  /** Reads one value at the parser's current token. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonParser p, DeserializationContext c) throws IOException;
  }

  /** Handles one property of an object; returns false for a property it does not know. */
  @FunctionalInterface
  interface Fields {
    boolean field(String name) throws IOException;
  }

  /** Returns the JSON path of the parser's current position: {@code $.detention[0].inCustody}. */
  static String path(JsonParser p) {
    // at END_OBJECT and END_ARRAY the parser is already back in the enclosing context: the path
    // then names the object or array just read, which is where its invariants are reported
    JsonStreamContext ctx = p.getParsingContext();
    // at START_OBJECT and START_ARRAY the parser has entered the value's own context: the path names
    // the value, so start from where it sits
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      ctx = ctx.getParent();
    }
    return path(ctx);
  }

  /**
   * Returns where malformed or oversized JSON was met. Inside a value, or before the first property
   * of an object, that is the path of the value or object; after a whole value (a bad property name,
   * a comment, a stray character between tokens) it is the enclosing object, followed by the value it
   * comes after ({@code $: … after $.formatVersion}), or the enclosing array.
   */
  static String malformedAt(JsonParser p) {
    JsonToken t = p.currentToken();
    JsonStreamContext ctx = p.getParsingContext();
    boolean afterValue = t != null && t != JsonToken.FIELD_NAME && !t.isStructStart();
    if (!afterValue || ctx.inRoot()) {
      return path(p) + ": malformed or oversized JSON";
    }
    if (ctx.inArray()) {
      // the parser may already have counted the next element: name the array, not an element
      return path(ctx.getParent()) + ": malformed or oversized JSON between elements";
    }
    return path(ctx.getParent()) + ": malformed or oversized JSON after " + path(p);
  }

  /** Returns the context whose path {@link #malformedAt} names first. */
  static JsonStreamContext malformedContext(JsonParser p) {
    JsonToken t = p.currentToken();
    JsonStreamContext ctx = p.getParsingContext();
    boolean afterValue = t != null && t != JsonToken.FIELD_NAME && !t.isStructStart();
    if (!afterValue || ctx.inRoot()) {
      return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
    }
    return ctx.getParent();
  }

  /** Returns whether the parser is at the top-level value of its input. */
  static boolean atRoot(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    return p.currentToken() != null && p.currentToken().isStructStart() ? ctx.getParent().inRoot() : ctx.inRoot();
  }

  private static String path(JsonStreamContext start) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        parts.add("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      } else if (ctx.getCurrentName() != null) {
        parts.add(segment(ctx.getCurrentName()));
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append(parts.get(i));
    }
    return out.toString();
  }

  /** A property in a path: {@code .name}, or {@code ['odd name']} quoted short. */
  static String segment(String name) {
    boolean plain = !name.isEmpty() && name.length() <= Texts.QUOTED;
    for (int i = 0; i < name.length() && plain; i++) {
      char ch = name.charAt(i);
      plain = ch == '_' || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (i > 0 && ch >= '0' && ch <= '9');
    }
    return plain ? "." + name : "[" + Texts.quote(name.replace("'", "\\'"), '\'') + "]";
  }

  /**
   * Fails at the current position: {@code at $.x: expected …, found …}. The exception's
   * {@link com.fasterxml.jackson.databind.JsonMappingException#getPath() path} holds the same
   * location, one reference per property or element, as Jackson's own deserializers give theirs.
   */
  static <T> T fail(JsonParser p, DeserializationContext c, String problem) throws IOException {
    MismatchedInputException e = MismatchedInputException.from(p, (Class<?>) null, "at " + path(p) + ": " + problem);
    JsonStreamContext ctx = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      ctx = ctx.getParent();
    }
    withPath(e, ctx);
    throw e;
  }

  /** Adds the path of a parsing context to an exception, outermost first. */
  static void withPath(com.fasterxml.jackson.databind.JsonMappingException e, JsonStreamContext start) {
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        e.prependPath(new com.fasterxml.jackson.databind.JsonMappingException.Reference(null,
            Math.max(ctx.getCurrentIndex(), 0)));
      } else if (ctx.getCurrentName() != null) {
        e.prependPath(new com.fasterxml.jackson.databind.JsonMappingException.Reference(null, ctx.getCurrentName()));
      }
    }
  }

  /** Describes the current token for messages: {@code the number -3}, {@code the string "x"}, {@code an array}. */
  static String found(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Texts.quote(text(p, null));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + shorten(text(p, null));
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  private static String shorten(String text) {
    return text.length() <= Texts.QUOTED ? text : text.substring(0, Texts.QUOTED) + "… (" + text.length() + " characters)";
  }

  static <T> T expected(JsonParser p, DeserializationContext c, String what) throws IOException {
    return fail(p, c, "expected " + what + ", found " + found(p));
  }

  /** Reads an object, handing each property to {@code fields}; refuses unknown and repeated properties. */
  static void object(JsonParser p, DeserializationContext c, String what, Fields fields) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(p, c, what + " (an object)");
    }
    Set<String> seen = new HashSet<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      if (!seen.add(name)) {
        fail(p, c, "the property " + Texts.quote(name) + " appears twice");
      }
      p.nextToken();
      if (!fields.field(name)) {
        fail(p, c, "unknown property " + Texts.quote(name) + " in " + what);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      expected(p, c, "a property name");
    }
  }

  /** Builds a value, turning a broken invariant into a failure at the object's path. */
  static <T> T build(JsonParser p, DeserializationContext c, Supplier<T> build) throws IOException {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      return fail(p, c, e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      return fail(p, c, e.getMessage());
    }
  }

  static <T> List<T> list(JsonParser p, DeserializationContext c, String what, Reader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      expected(p, c, "an array of " + what);
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read(p, c));
    }
    return out;
  }

  static String string(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      expected(p, c, "a string");
    }
    return text(p, c);
  }

  /**
   * Returns the text of the current string or number. The parser decodes it only now, so malformed
   * content inside it (a raw control character, bytes that are no text) fails here, at its path.
   */
  static String text(JsonParser p, DeserializationContext c) throws IOException {
    try {
      return p.getText();
    } catch (JsonProcessingException e) {
      return fail(p, c, "malformed or oversized JSON: " + Codec.bounded(e.getOriginalMessage())
          + location(e.getLocation()));
    } catch (CharConversionException e) {
      return fail(p, c, "the input is not text in the encoding it starts with: " + e.getMessage());
    }
  }

  /** Returns {@code " (line 3, column 14)"}, or nothing when the location is unknown. */
  static String location(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  static boolean bool(JsonParser p, DeserializationContext c) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      expected(p, c, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A whole number from 0 to {@link Long#MAX_VALUE}. */
  static long count(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expected(p, c, "a whole number");
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      fail(p, c, "expected a whole number up to " + Long.MAX_VALUE + ", found " + found(p));
    }
    long v = p.getLongValue();
    if (v < 0) {
      fail(p, c, "a count must not be negative: " + v);
    }
    return v;
  }

  static int integer(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      expected(p, c, "a whole number");
    }
    return p.getIntValue();
  }

  static LocalDate date(JsonParser p, DeserializationContext c) throws IOException {
    String text = string(p, c);
    try {
      LocalDate date = LocalDate.parse(text);
      if (!Dates.inRange(date)) {
        fail(p, c, Dates.outOfRange("the date", date));
      }
      return date;
    } catch (DateTimeParseException e) {
      return fail(p, c, "expected an ISO-8601 date such as 2022-04-11, found " + Texts.quote(text));
    }
  }

  static <E extends Enum<E>> E enumeration(JsonParser p, DeserializationContext c, Class<E> type) throws IOException {
    String text = string(p, c);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    return fail(p, c, "expected one of " + names + ", found " + Texts.quote(text));
  }

  /** Reads a figure: a plain number is exact, an object keeps qualifier, bounds and wording. */
  /** Reads a date as precisely as stated: {@code "2022-04-11"}, {@code "2023-05"} or {@code "2022"}. */
  static StatedDate statedDate(JsonParser p, DeserializationContext c) throws IOException {
    String text = string(p, c);
    try {
      return StatedDate.parse(text);
    } catch (InvalidValueException e) {
      return fail(p, c, e.problems().get(0));
    }
  }

  static Count figure(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return Count.exactly(count(p, c));
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(p, c, "a figure (a whole number, or an object with value and qualifier)");
    }
    Count.Builder b = Count.builder();
    boolean[] hasValue = new boolean[1];
    object(p, c, "a figure", name -> {
      switch (name) {
        case "value":
          b.value(count(p, c));
          hasValue[0] = true;
          return true;
        case "qualifier":
          b.qualifier(enumeration(p, c, io.github.briefings.model.Qualifier.class));
          return true;
        case "high":
          b.high(count(p, c));
          return true;
        case "statedAs":
          b.statedAs(string(p, c));
          return true;
        case "attribution":
          b.attribution(string(p, c));
          return true;
        case "correction":
          b.correction(bool(p, c));
          return true;
        case "alsoStated":
          b.addAllAlsoStated(list(p, c, "figures", Json::figure));
          return true;
        case "asOf":
          b.asOf(statedDate(p, c));
          return true;
        default:
          return false;
      }
    });
    if (!hasValue[0]) {
      fail(p, c, "a figure needs a \"value\"");
    }
    return build(p, c, b::build);
  }
}
