package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.format.adapter.JsonIn;
import io.github.briefings.internal.Texts;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The format's view of a Jackson 2 parser. Every failure is a {@link MismatchedInputException} whose
 * message starts with the JSON path and whose {@link JsonMappingException#getPath() path} holds the
 * same location, one reference per property or element, as Jackson's own deserializers give theirs.
 */
final class JacksonIn implements JsonIn {
  private final JsonParser p;
  private final DeserializationContext c;

  JacksonIn(JsonParser p, DeserializationContext c) {
    this.p = p;
    this.c = c;
  }

  @Override
  public Token token() {
    return token(p.currentToken());
  }

  private static Token token(JsonToken t) {
    if (t == null) {
      return Token.END;
    }
    switch (t) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.OTHER;
    }
  }

  @Override
  public Token next() throws IOException {
    return token(p.nextToken());
  }

  @Override
  public String nextName() throws IOException {
    return p.nextFieldName();
  }

  @Override
  public String text() throws IOException {
    try {
      return p.getText();
    } catch (JsonProcessingException e) {
      return fail("malformed or oversized JSON: " + Codec.bounded(e.getOriginalMessage()) + location(e.getLocation()));
    } catch (CharConversionException e) {
      return fail("the input is not text in the encoding it starts with: " + e.getMessage());
    }
  }

  @Override
  public boolean fitsLong() throws IOException {
    return p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public boolean fitsInt() throws IOException {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public long longValue() throws IOException {
    return p.getLongValue();
  }

  @Override
  public <T> T fail(String problem) throws IOException {
    MismatchedInputException e = MismatchedInputException.from(p, (Class<?>) null, "at " + path(p) + ": " + problem);
    withPath(e, valueContext(p));
    throw e;
  }

  /** Returns the JSON path of the parser's current position: {@code $.detention[0].inCustody}. */
  static String path(JsonParser p) {
    return path(valueContext(p));
  }

  /**
   * Returns the context that names the current value. At START_OBJECT and START_ARRAY the parser has
   * entered the value's own context, so start from where it sits; at END_OBJECT and END_ARRAY it is
   * already back in the enclosing context, which then names the object or array just read.
   */
  private static JsonStreamContext valueContext(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    return p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY
        ? ctx.getParent() : ctx;
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
      return valueContext(p);
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

  /** Adds the path of a parsing context to an exception, outermost first. */
  static void withPath(JsonMappingException e, JsonStreamContext start) {
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        e.prependPath(new JsonMappingException.Reference(null, Math.max(ctx.getCurrentIndex(), 0)));
      } else if (ctx.getCurrentName() != null) {
        e.prependPath(new JsonMappingException.Reference(null, ctx.getCurrentName()));
      }
    }
  }

  /** Returns {@code " (line 3, column 14)"}, or nothing when the location is unknown. */
  static String location(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
