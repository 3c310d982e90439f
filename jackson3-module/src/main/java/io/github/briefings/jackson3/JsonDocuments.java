package io.github.briefings.jackson3;

import io.github.briefings.format.adapter.JsonPath;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads whole JSON documents of the briefings format, with the reader's contract holding from the
 * first byte: every input that is refused throws a {@link MismatchedInputException} whose message
 * starts with the JSON path ({@code at $: …}, {@code at $.detention[0].suspects: …}), and nothing
 * else escapes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new BriefingsModule()).build();
 * Briefing briefing = JsonDocuments.read(mapper, Files.readAllBytes(file), Briefing.class);
 * }</pre>
 *
 * <p>{@code mapper.readValue(…)} with the module gives the same contract for everything from the
 * document's first token on: its content, {@code null} as the document, and content after it. Three
 * failures happen inside Jackson before the module is asked, and reach a caller of
 * {@code readValue} as Jackson reports them: empty input, a first token that is not JSON
 * ({@code xyz}, {@code ,}, {@code ]}) and bytes that are no text in the encoding they start with.
 * The methods here report those too, at {@code $}. Stateless and thread-safe.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /**
   * Reads a document from bytes (UTF-8, UTF-16 or UTF-32, as Jackson detects).
   *
   * @param mapper a mapper with {@link BriefingsModule} registered, not null
   * @param json the whole document, not null
   * @param type the type of the document, such as {@code Briefing.class}, not null
   * @param <T> the type of the document
   * @return the value, never null
   * @throws MismatchedInputException if the document is refused, with the JSON path first in the message
   * @throws IllegalArgumentException if the mapper has no reader for the type
   */
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(mapper, "mapper must not be null");
    return readFrom(mapper, () -> mapper.createParser(json), type, true);
  }

  /**
   * Reads a document from text.
   *
   * @param mapper a mapper with {@link BriefingsModule} registered, not null
   * @param json the whole document, not null
   * @param type the type of the document, not null
   * @param <T> the type of the document
   * @return the value, never null
   * @throws MismatchedInputException if the document is refused, with the JSON path first in the message
   * @throws IllegalArgumentException if the mapper has no reader for the type
   */
  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(mapper, "mapper must not be null");
    return readFrom(mapper, () -> mapper.createParser(json), type, true);
  }

  /**
   * Reads a document from a stream, to its end; the stream is closed.
   *
   * @param mapper a mapper with {@link BriefingsModule} registered, not null
   * @param json the whole document, not null
   * @param type the type of the document, not null
   * @param <T> the type of the document
   * @return the value, never null
   * @throws MismatchedInputException if the document is refused, with the JSON path first in the message
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the mapper has no reader for the type
   */
  public static <T> T read(ObjectMapper mapper, InputStream json, Class<T> type) throws IOException {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(mapper, "mapper must not be null");
    try (InputStream in = json) {
      return readFrom(mapper, () -> mapper.createParser(in), type, false);
    } catch (JacksonIOException e) {
      IOException io = e.getCause();
      if (io != null && !(io instanceof CharConversionException)) {
        throw io;
      }
      throw e;
    }
  }

  /**
   * Reads from a source; from memory, a failure to read is always the input's own (bytes that are no
   * text), while from a stream it may be the stream's, which escapes as an I/O failure.
   */
  private static <T> T readFrom(ObjectMapper mapper, Supplier<JsonParser> source, Class<T> type, boolean inMemory) {
    Objects.requireNonNull(type, "type must not be null");
    JsonParser p = null;
    try {
      p = source.get();
      if (p.nextToken() == null) {
        throw MismatchedInputException.from(p, type, "at $: the document is empty");
      }
      return mapper.readValue(p, type);
    } catch (MismatchedInputException e) {
      throw e;
    } catch (DatabindException e) {
      throw new IllegalArgumentException("this mapper cannot read " + type.getName()
          + " (is BriefingsModule registered?): " + JsonPath.bounded(e.getOriginalMessage()), e);
    } catch (JacksonIOException e) {
      IOException io = e.getCause();
      if (!inMemory && io != null && !(io instanceof CharConversionException)) {
        throw e;
      }
      throw refused(p, type, Codec.malformedProblem(e), e);
    } catch (JacksonException e) {
      throw refused(p, type, Codec.malformedProblem(e), e);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  private static MismatchedInputException refused(JsonParser p, Class<?> type, String problem, Exception cause) {
    MismatchedInputException e = MismatchedInputException.from(p, type, "at $: " + problem);
    e.initCause(cause);
    return e;
  }
}
