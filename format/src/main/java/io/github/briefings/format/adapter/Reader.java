package io.github.briefings.format.adapter;

import java.io.IOException;

/** Reads one value at the current token, leaving the input on its last token. Internal. */
@FunctionalInterface
public interface Reader<T> {
  T read(JsonIn in) throws IOException;
}
