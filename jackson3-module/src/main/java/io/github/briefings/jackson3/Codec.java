package io.github.briefings.jackson3;

import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.adapter.Formats;
import io.github.briefings.format.adapter.JsonPath;
import io.github.briefings.format.adapter.Reader;
import io.github.briefings.format.adapter.TypeFormat;
import io.github.briefings.format.adapter.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.std.StdSerializer;

/** Adapts the format's readers and writers to Jackson 3's serializer and deserializer types. */
final class Codec {
  private Codec() {}

  /** Writes values of one type with a format writer. */
  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> writer;
    private final AmountRepresentation amounts;

    Serializer(TypeFormat<T> format, AmountRepresentation amounts) {
      super(format.type());
      this.writer = format.writer();
      this.amounts = amounts;
    }

    /** Serializes as the type and option, from which a copy is registered again when read. */
    private Object writeReplace() {
      return new Revived(handledType(), amounts, true);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext provider) {
      try {
        writer.write(new JacksonOut(g), value);
      } catch (IOException e) { // the generator throws none: the format's writers declare them for Jackson 2
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads values of one type with a format reader. Low-level failures (malformed JSON, a number or
   * string beyond the parser's limits, bytes that are not text) are reported like every other
   * failure, as a {@link MismatchedInputException} naming the JSON path. A value read at the top of
   * the input is the whole document: {@code null} in its place, or anything after it, is refused.
   */
  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reader<T> reader;
    private final AmountRepresentation amounts;

    Deserializer(Class<T> type, Reader<T> reader, AmountRepresentation amounts) {
      super(type);
      this.reader = reader;
      this.amounts = amounts;
    }

    /** Serializes as the type and option, from which a copy is registered again when read. */
    private Object writeReplace() {
      return new Revived(handledType(), amounts, false);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) {
      boolean document = JacksonIn.atRoot(p);
      try {
        JacksonIn in = new JacksonIn(p, c);
        T value = reader.read(in);
        if (document) {
          Formats.endOfDocument(in);
        }
        return value;
      } catch (DatabindException e) {
        throw e;
      } catch (JacksonException e) {
        throw malformed(p, document && p.streamReadContext().inRoot(), e);
      } catch (IOException e) { // the parser throws none: the format's readers declare them for Jackson 2
        throw new UncheckedIOException(e);
      }
    }

    private MismatchedInputException malformed(JsonParser p, boolean afterDocument, JacksonException cause) {
      JsonPath.Malformed at = JacksonIn.malformed(p);
      String where = afterDocument ? "$: unexpected content after the document" : at.where();
      MismatchedInputException wrapped = MismatchedInputException.from(p, handledType(),
          "at " + where + ": " + malformedProblem(cause));
      wrapped.initCause(cause);
      if (!afterDocument) {
        JacksonIn.withPath(wrapped, at.path());
      }
      return wrapped;
    }

    /** Refuses the document {@code null}; a null inside a user's own type stays Jackson's to handle. */
    @Override
    public Object getNullValue(DeserializationContext c) {
      JsonParser p = c.getParser();
      if (p != null && p.streamReadContext().inRoot()) {
        throw MismatchedInputException.from(p, handledType(),
            "at $: expected a document of type " + handledType().getSimpleName() + ", found null");
      }
      return null;
    }
  }

  /** Says what a parser's own failure was: malformed or oversized JSON, or bytes that are no text. */
  static String malformedProblem(JacksonException e) {
    if (e instanceof JacksonIOException io) {
      String why = io.getCause() != null ? io.getCause().getMessage() : io.getOriginalMessage();
      return "the input is not text in the encoding it starts with: " + JsonPath.bounded(why);
    }
    return "malformed or oversized JSON: " + JsonPath.bounded(e.getOriginalMessage()) + location(e.getLocation());
  }

  /** Returns {@code " (line 3, column 14)"}, or nothing when the location is unknown. */
  static String location(TokenStreamLocation at) {
    return at == null ? "" : JsonPath.location(at.getLineNr(), at.getColumnNr());
  }

  /**
   * A serializer or deserializer as a serialized mapper holds it: its type and the module's option.
   * The readers and writers are functions that do not serialize; read back, this becomes the codec a
   * module with the option registers for the type, so a mapper that went through Java serialization
   * (as engines such as Beam, Flink and Spark do with their functions) works as the original.
   */
  private static final class Revived implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;
    private final AmountRepresentation amounts;
    private final boolean serializer;

    Revived(Class<?> type, AmountRepresentation amounts, boolean serializer) {
      this.type = type;
      this.amounts = amounts;
      this.serializer = serializer;
    }

    private Object readResolve() {
      for (TypeFormat<?> format : Formats.all(amounts)) {
        if (format.type() == type) {
          return codec(format);
        }
      }
      throw new IllegalStateException("briefings-jackson3 has no format for " + type.getName());
    }

    private <T> Object codec(TypeFormat<T> format) {
      if (serializer) {
        return new Serializer<>(format, amounts);
      }
      return new Deserializer<>(format.type(), format.reader().orElseThrow(
          () -> new IllegalStateException("briefings-jackson3 does not read " + type.getName())), amounts);
    }
  }
}
