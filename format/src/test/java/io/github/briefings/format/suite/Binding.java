package io.github.briefings.format.suite;

import java.util.Optional;

/**
 * One Jackson module as the conformance suite drives it: each module's tests implement it over their
 * own Jackson, and run every {@code …Suite} against it.
 */
public interface Binding {
  /** A refusal: the module's exception, its message without location and its {@code getPath()} as a JSON path. */
  record Refusal(String message, String path) {}

  /** Reads with {@code readValue(String)} on a mapper with the module and the recommended read limits. */
  <T> T read(String json, Class<T> type) throws Exception;

  /** Reads bytes the same way. */
  <T> T read(byte[] json, Class<T> type) throws Exception;

  /** Reads with the module on a mapper that keeps Jackson's default read limits. */
  <T> T readWithDefaults(String json, Class<T> type) throws Exception;

  /** Reads a whole document through the module's {@code JsonDocuments}. */
  <T> T readDocument(byte[] json, Class<T> type) throws Exception;

  /** Writes indented, as the seed files and FORMAT.md show the format. */
  String write(Object value) throws Exception;

  /** Writes without indentation. */
  byte[] writeCompact(Object value) throws Exception;

  /** The same module with amounts of money as JSON numbers. */
  Binding withAmountsAsNumbers();

  /**
   * Returns the refusal {@code thrown} is: the module's {@code MismatchedInputException}; empty for any
   * other throwable.
   */
  Optional<Refusal> refusal(Throwable thrown);
}
