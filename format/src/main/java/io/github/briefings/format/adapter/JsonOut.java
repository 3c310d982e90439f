package io.github.briefings.format.adapter;

import java.io.IOException;

/** A JSON generator as the format writes: an adapter implements it over its library's generator. Internal. */
public interface JsonOut {
  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  /** Writes the name of the next property. */
  void name(String name) throws IOException;

  void string(String value) throws IOException;

  void number(long value) throws IOException;

  /** Writes a number from its plain decimal text, as it is: its scale is kept. */
  void number(String plainDecimal) throws IOException;

  void bool(boolean value) throws IOException;
}
