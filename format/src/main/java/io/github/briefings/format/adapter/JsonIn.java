package io.github.briefings.format.adapter;

import java.io.IOException;

/**
 * A JSON parser as the format reads it: positioned on one token at a time. An adapter implements it
 * over its JSON library's parser; {@link #fail} reports a problem at the current JSON path as that
 * library's own exception. Internal.
 */
public interface JsonIn {
  /** The kinds of token the format tells apart. */
  enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL,
    /** No token: the end of the input. */
    END,
    /** Anything else the parser may hold, such as an embedded object. */
    OTHER
  }

  /**
   * Returns the current token; {@link Token#END} at the end of the input.
   *
   * @return the current token; {@link Token#END} at the end of the input
   */
  Token token();

  /** Moves to the next token and returns it. */
  Token next() throws IOException;

  /**
   * Moves to the next property of the current object and returns its name, or null when the next
   * token is not a property name (at the end of the object).
   */
  String nextName() throws IOException;

  /**
   * Returns the text of the current string or number. Malformed content inside it (a raw control
   * character, bytes that are no text) fails here, at its path.
   * @return the text of the current string or number
   */
  String text() throws IOException;

  /**
   * Returns the value whose code is the current string, or null: what {@code table.find(text())}
   * gives, and fails as {@link #text()} fails. A parser that holds the characters in a buffer looks
   * them up there, without a string made for them.
   *
   * @param table the codes, not null
   * @param <T> the values
   * @return the value, or null
   */
  default <T> T find(CodeTable<T> table) throws IOException {
    return table.find(text());
  }

  /**
   * Returns whether the current whole number fits a {@code long}.
   *
   * @return whether the current whole number fits a {@code long}
   */
  boolean fitsLong() throws IOException;

  /**
   * Returns whether the current whole number fits an {@code int}.
   *
   * @return whether the current whole number fits an {@code int}
   */
  boolean fitsInt() throws IOException;

  /**
   * Returns the current whole number, which {@link #fitsLong()}.
   *
   * @return the current whole number, which {@link #fitsLong()}
   */
  long longValue() throws IOException;

  /**
   * Returns what this reading reuses from object to object, or null to allocate afresh for each.
   *
   * @return the parser's scratch, the same one on every call; or null
   */
  default ReadScratch scratch() {
    return null;
  }

  /**
   * Fails at the current position, with the message {@code at <path>: <problem>}: at a value, its path;
   * at the end of an object or array, the path of that object or array.
   *
   * @return never: always throws
   */
  <T> T fail(String problem) throws IOException;
}
