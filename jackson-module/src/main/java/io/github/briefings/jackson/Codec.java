package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Adapts the format's readers and writers to Jackson's serializer and deserializer types. */
final class Codec {
  private Codec() {}

  /** Writes values of one type with a format writer. */
  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ModelFormat.Writer<T> writer;

    Serializer(Class<T> type, ModelFormat.Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(g, value);
    }
  }

  /**
   * Reads values of one type with a format reader; low-level parse failures (malformed JSON, a number
   * or string beyond the parser's limits) are reported like every other failure, as a
   * {@link MismatchedInputException} naming the JSON path.
   */
  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Json.Reader<T> reader;

    Deserializer(Class<T> type, Json.Reader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
      try {
        return reader.read(p, c);
      } catch (DatabindException e) {
        throw e;
      } catch (JsonProcessingException e) {
        MismatchedInputException wrapped = MismatchedInputException.from(p, handledType(),
            "at " + Json.path(p) + ": malformed or oversized JSON: " + e.getOriginalMessage());
        wrapped.initCause(e);
        throw wrapped;
      }
    }
  }
}
