package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The base of the conformance suite: a test class of a Jackson module extends a {@code …Suite} and
 * says which {@link Binding} it tests. Trees of written JSON are inspected with plain Jackson 2, as text.
 */
public abstract class FormatSuite {
  /** Plain Jackson, no module: to look into written JSON. */
  protected static final ObjectMapper TREES = new ObjectMapper();

  /** The module under test. */
  protected abstract Binding binding();

  protected <T> T read(String json, Class<T> type) throws Exception {
    return binding().read(json, type);
  }

  protected String write(Object value) throws Exception {
    return binding().write(value);
  }

  protected String writeCompact(Object value) throws Exception {
    return new String(binding().writeCompact(value), StandardCharsets.UTF_8);
  }

  protected static JsonNode tree(String json) throws Exception {
    return TREES.readTree(json);
  }

  /** Asserts that the module refuses, and returns an assertion on its message (without location). */
  protected AbstractStringAssert<?> assertRefused(ThrowingCallable reading) {
    Throwable thrown = catchThrowable(reading);
    assertThat(thrown).as("refused").isNotNull();
    assertThat(binding().refusal(thrown)).as("the module's refusal, not %s", thrown).isPresent();
    return assertThat(binding().refusal(thrown).get().message());
  }

  /** Turns single quotes into double quotes, so JSON reads easily in Java strings. */
  protected static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A test resource of the suite, as text. */
  protected static String resource(String path) throws Exception {
    try (InputStream in = FormatSuite.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** FORMAT.md, read from the format module beside the module under test. */
  protected static String formatMd() throws Exception {
    return Files.readString(Path.of("../format/FORMAT.md"));
  }
}
