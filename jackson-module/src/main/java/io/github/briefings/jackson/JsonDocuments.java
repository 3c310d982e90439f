package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.format.adapter.JsonPath;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads whole JSON documents of the briefings format, with the reader's contract holding from the
 * first byte: every input that is refused throws a {@link MismatchedInputException} whose message
 * starts with the JSON path ({@code at $: …}, {@code at $.detention[0].suspects: …}), and nothing
 * else escapes.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BriefingsModule());
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
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) throws MismatchedInputException {
    Objects.requireNonNull(json, "json must not be null");
    return inMemory(mapper, () -> mapper.createParser(json), type);
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
  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) throws MismatchedInputException {
    Objects.requireNonNull(json, "json must not be null");
    return inMemory(mapper, () -> mapper.createParser(json), type);
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
    try (InputStream in = json) {
      return readFrom(mapper, () -> mapper.createParser(in), type);
    }
  }

  /** Opens a parser; may fail as the input is first decoded. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private static <T> T inMemory(ObjectMapper mapper, Source source, Class<T> type) throws MismatchedInputException {
    try {
      return readFrom(mapper, source, type);
    } catch (MismatchedInputException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed for I/O", e);
    }
  }

  private static <T> T readFrom(ObjectMapper mapper, Source source, Class<T> type) throws IOException {
    Objects.requireNonNull(mapper, "mapper must not be null");
    Objects.requireNonNull(type, "type must not be null");
    JsonParser p = null;
    try {
      p = source.open();
      if (p.nextToken() == null) {
        throw MismatchedInputException.from(p, type, "at $: the document is empty");
      }
      return mapper.readValue(p, type);
    } catch (MismatchedInputException e) {
      throw e;
    } catch (DatabindException e) {
      throw new IllegalArgumentException("this mapper cannot read " + type.getName()
          + " (is BriefingsModule registered?): " + JsonPath.bounded(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw refused(p, type, "malformed or oversized JSON: " + JsonPath.bounded(e.getOriginalMessage()) + Codec.location(e.getLocation()), e);
    } catch (CharConversionException e) {
      throw refused(p, type, "the input is not text in the encoding it starts with: " + e.getMessage(), e);
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
