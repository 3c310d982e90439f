package io.github.briefings.jackson3;

import io.github.briefings.format.adapter.CodeTable;
import io.github.briefings.format.adapter.JsonIn;
import io.github.briefings.format.adapter.JsonPath;
import io.github.briefings.format.adapter.ReadScratch;
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
  /** Made when the first object is read. */
  private ReadScratch scratch;

  JacksonIn(JsonParser p, DeserializationContext c) {
    this.p = p;
    this.c = c;
  }

  @Override
  public ReadScratch scratch() {
    if (scratch == null) {
      scratch = new ReadScratch();
    }
    return scratch;
  }

  @Override
  public Token token() {
    return token(p.currentToken());
  }

  /** The format's token for each of Jackson's, by ordinal: a load where a switch would map twice. */
  private static final Token[] TOKENS = tokens();

  private static Token[] tokens() {
    JsonToken[] all = JsonToken.values();
    Token[] out = new Token[all.length];
    for (JsonToken t : all) {
      out[t.ordinal()] = of(t);
    }
    return out;
  }

  private static Token token(JsonToken t) {
    return t == null ? Token.END : TOKENS[t.ordinal()];
  }

  private static Token of(JsonToken t) {
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
  public <T> T find(CodeTable<T> table) {
    try {
      return table.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    } catch (DatabindException e) {
      throw e;
    } catch (JacksonException e) {
      return fail(Codec.malformedProblem(e)); // as text() fails: the parser cannot be asked again
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
    JsonPath path = path(valueContext(p));
    MismatchedInputException e = MismatchedInputException.from(p, (Class<?>) null, "at " + path + ": " + problem);
    withPath(e, path);
    throw e;
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

  /** Says where malformed or oversized JSON was met, as {@link JsonPath#malformed} puts it. */
  static JsonPath.Malformed malformed(JsonParser p) {
    JsonToken t = p.currentToken();
    TokenStreamContext ctx = p.streamReadContext();
    boolean afterValue = t != null && t != JsonToken.PROPERTY_NAME && !t.isStructStart();
    return JsonPath.malformed(afterValue, ctx.inRoot(), ctx.inArray(), path(valueContext(p)),
        ctx.inRoot() ? path(ctx) : path(ctx.getParent()));
  }

  /** Returns whether the parser is at the top-level value of its input. */
  static boolean atRoot(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    return p.currentToken() != null && p.currentToken().isStructStart() ? ctx.getParent().inRoot() : ctx.inRoot();
  }

  private static JsonPath path(TokenStreamContext start) {
    JsonPath.Builder path = JsonPath.builder();
    for (TokenStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        path.element(ctx.getCurrentIndex());
      } else if (ctx.currentName() != null) {
        path.property(ctx.currentName());
      }
    }
    return path.build();
  }

  /** Adds a path to an exception, one reference per step, as Jackson's own deserializers do. */
  static void withPath(JacksonException e, JsonPath path) {
    List<Object> steps = path.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i) instanceof String property) {
        e.prependPath((Object) null, property);
      } else {
        e.prependPath((Object) null, (int) steps.get(i));
      }
    }
  }
}
