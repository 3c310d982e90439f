package io.github.briefings.format.adapter;

import java.io.IOException;

/** Writes one value. Internal. */
@FunctionalInterface
public interface Writer<T> {
  void write(JsonOut out, T value) throws IOException;
}
