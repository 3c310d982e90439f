package io.github.briefings.format.adapter;

import java.io.IOException;

/** A JSON generator as the format writes: an adapter implements it over its library's generator. Internal. */
public interface JsonOut {
  /** Starts an object. */
  void startObject() throws IOException;

  /** Ends the object started last. */
  void endObject() throws IOException;

  /** Starts an array. */
  void startArray() throws IOException;

  /** Ends the array started last. */
  void endArray() throws IOException;

  /** Writes the name of the next property. */
  void name(String name) throws IOException;

  /**
   * Writes a property name the format declares; a writer may write a form it prepared before.
   *
   * @param name not null
   * @throws IOException if the output fails
   */
  default void name(Name name) throws IOException {
    name(name.text());
  }

  /** Writes a string. */
  void string(String value) throws IOException;

  /**
   * Writes a string the format declares once (a constant's name or code); a writer may write a form
   * it prepared before.
   *
   * @param value not null
   * @throws IOException if the output fails
   */
  default void string(Name value) throws IOException {
    string(value.text());
  }

  /** Writes a whole number. */
  void number(long value) throws IOException;

  /** Writes a number from its plain decimal text, as it is: its scale is kept. */
  void number(String plainDecimal) throws IOException;

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value) throws IOException;
}
