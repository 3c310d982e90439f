package io.github.briefings.format.adapter;

import java.util.Objects;
import java.util.function.Function;

/**
 * A text the format declares once and writes many times (a property name, an enum constant's name, a
 * well-known term's code), with what a writer prepared from it: Jackson's generators write a text
 * encoded beforehand faster than a string, as Jackson's own serializers do. Thread-safe: the
 * prepared form is kept without a lock, and a writer that finds none, or one of another kind, prepares
 * its own again.
 */
public final class Name {
  private final String text;
  private Object prepared; // immutable once prepared: published without a lock, as String.hash is

  Name(String text) {
    this.text = Objects.requireNonNull(text, "text must not be null");
  }

  /**
   * Returns the text as written in JSON.
   *
   * @return the text as written in JSON
   */
  public String text() {
    return text;
  }

  /**
   * Returns the form of the text a writer prepares, preparing it the first time.
   *
   * @param type the type of the prepared form; it must be safe to share between threads
   * @param prepare makes it from the text
   * @param <T> the type of the prepared form
   * @return the prepared form, never null
   */
  public <T> T prepared(Class<T> type, Function<String, T> prepare) {
    Object p = prepared;
    if (!type.isInstance(p)) {
      p = Objects.requireNonNull(prepare.apply(text), "prepared name");
      prepared = p;
    }
    return type.cast(p);
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text;
  }
}
