package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.CharConversionException;
import java.io.IOException;

/** Adapts the format's readers and writers to Jackson's serializer and deserializer types. */
final class Codec {
  private Codec() {}

  /** Writes values of one type with a format writer. */
  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ModelFormat.Writer<T> writer;
    private final boolean amountsAsNumbers;

    Serializer(Class<T> type, ModelFormat.Writer<T> writer, boolean amountsAsNumbers) {
      super(type);
      this.writer = writer;
      this.amountsAsNumbers = amountsAsNumbers;
    }

    /** Serializes as the type and option, from which a copy is registered again when read. */
    private Object writeReplace() {
      return new Revived(handledType(), amountsAsNumbers, true);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(g, value);
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
    private final transient Json.Reader<T> reader;
    private final boolean amountsAsNumbers;

    Deserializer(Class<T> type, Json.Reader<T> reader, boolean amountsAsNumbers) {
      super(type);
      this.reader = reader;
      this.amountsAsNumbers = amountsAsNumbers;
    }

    /** Serializes as the type and option, from which a copy is registered again when read. */
    private Object writeReplace() {
      return new Revived(handledType(), amountsAsNumbers, false);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
      boolean document = Json.atRoot(p);
      try {
        T value = reader.read(p, c);
        if (document) {
          JsonToken next = p.nextToken();
          if (next != null) {
            Json.fail(p, c, "unexpected content after the document: " + Json.found(p));
          }
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
      String where = afterDocument ? "$: unexpected content after the document" : Json.malformedAt(p);
      JsonLocation at = cause instanceof JsonProcessingException ? ((JsonProcessingException) cause).getLocation() : null;
      MismatchedInputException wrapped = MismatchedInputException.from(p, handledType(),
          "at " + where + ": " + bounded(problem) + Json.location(at));
      wrapped.initCause(cause);
      if (!afterDocument) {
        Json.withPath(wrapped, Json.malformedContext(p));
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
    private final boolean amountsAsNumbers;
    private final boolean serializer;

    Revived(Class<?> type, boolean amountsAsNumbers, boolean serializer) {
      this.type = type;
      this.amountsAsNumbers = amountsAsNumbers;
      this.serializer = serializer;
    }

    private Object readResolve() {
      return BriefingsModule.codec(amountsAsNumbers, type, serializer);
    }
  }

  /** Jackson's own messages quote tokens at some length: keep them short. */
  static String bounded(String message) {
    return message == null || message.length() <= 200 ? String.valueOf(message)
        : message.substring(0, 200) + "… (" + message.length() + " characters)";
  }
}
