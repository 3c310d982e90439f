package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.adapter.Formats;
import io.github.briefings.format.adapter.JsonPath;
import io.github.briefings.format.adapter.Reader;
import io.github.briefings.format.adapter.TypeFormat;
import io.github.briefings.format.adapter.Writer;
import java.io.CharConversionException;
import java.io.IOException;

/** Adapts the format's readers and writers to Jackson's serializer and deserializer types. */
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
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(new JacksonOut(g), value);
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
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
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
      } catch (JsonProcessingException e) {
        throw malformed(p, document && p.getParsingContext().inRoot(), e.getOriginalMessage(), e);
      } catch (CharConversionException e) {
        throw malformed(p, false, "the input is not text in the encoding it starts with: " + e.getMessage(), e);
      }
    }

    private MismatchedInputException malformed(JsonParser p, boolean afterDocument, String problem, Exception cause) {
      JsonPath.Malformed at = JacksonIn.malformed(p);
      String where = afterDocument ? "$: unexpected content after the document" : at.where();
      JsonLocation location = cause instanceof JsonProcessingException e ? e.getLocation() : null;
      MismatchedInputException wrapped = MismatchedInputException.from(p, handledType(),
          "at " + where + ": " + JsonPath.bounded(problem) + location(location));
      wrapped.initCause(cause);
      if (!afterDocument) {
        JacksonIn.withPath(wrapped, at.path());
      }
      return wrapped;
    }

    /** Refuses the document {@code null}; a null inside a user's own type stays Jackson's to handle. */
    @Override
    public T getNullValue(DeserializationContext c) throws JsonMappingException {
      JsonParser p = c.getParser();
      if (p != null && p.getParsingContext().inRoot()) {
        throw MismatchedInputException.from(p, handledType(),
            "at $: expected a document of type " + handledType().getSimpleName() + ", found null");
      }
      return null;
    }
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
      throw new IllegalStateException("briefings-jackson has no format for " + type.getName());
    }

    private <T> Object codec(TypeFormat<T> format) {
      if (serializer) {
        return new Serializer<>(format, amounts);
      }
      return new Deserializer<>(format.type(), format.reader().orElseThrow(
          () -> new IllegalStateException("briefings-jackson does not read " + type.getName())), amounts);
    }
  }

  /** Returns {@code " (line 3, column 14)"}, or nothing when the location is unknown. */
  static String location(JsonLocation at) {
    return at == null ? "" : JsonPath.location(at.getLineNr(), at.getColumnNr());
  }
}
