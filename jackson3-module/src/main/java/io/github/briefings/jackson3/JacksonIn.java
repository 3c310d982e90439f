package io.github.briefings.jackson3;

import io.github.briefings.format.adapter.JsonIn;
import io.github.briefings.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The format's view of a Jackson 3 parser. Every failure is a {@link MismatchedInputException} whose
 * message starts with the JSON path and whose {@link DatabindException#getPath() path} holds the
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
      case PROPERTY_NAME:
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
  public Token next() {
    return token(p.nextToken());
  }

  @Override
  public String nextName() {
    return p.nextName();
  }

  @Override
  public String text() {
    try {
      return p.getString();
    } catch (DatabindException e) {
      throw e;
    } catch (JacksonException e) {
      return fail(Codec.malformedProblem(e));
    }
  }

  @Override
  public boolean fitsLong() {
    return p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public boolean fitsInt() {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public long longValue() {
    return p.getLongValue();
  }

  @Override
  public <T> T fail(String problem) {
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
  private static TokenStreamContext valueContext(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
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
    TokenStreamContext ctx = p.streamReadContext();
    boolean afterValue = t != null && t != JsonToken.PROPERTY_NAME && !t.isStructStart();
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
  static TokenStreamContext malformedContext(JsonParser p) {
    JsonToken t = p.currentToken();
    TokenStreamContext ctx = p.streamReadContext();
    boolean afterValue = t != null && t != JsonToken.PROPERTY_NAME && !t.isStructStart();
    if (!afterValue || ctx.inRoot()) {
      return valueContext(p);
    }
    return ctx.getParent();
  }

  /** Returns whether the parser is at the top-level value of its input. */
  static boolean atRoot(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    return p.currentToken() != null && p.currentToken().isStructStart() ? ctx.getParent().inRoot() : ctx.inRoot();
  }

  private static String path(TokenStreamContext start) {
    List<String> parts = new ArrayList<>();
    for (TokenStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        parts.add("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      } else if (ctx.currentName() != null) {
        parts.add(segment(ctx.currentName()));
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
  static void withPath(JacksonException e, TokenStreamContext start) {
    for (TokenStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        e.prependPath((Object) null, Math.max(ctx.getCurrentIndex(), 0));
      } else if (ctx.currentName() != null) {
        e.prependPath((Object) null, ctx.currentName());
      }
    }
  }

}
