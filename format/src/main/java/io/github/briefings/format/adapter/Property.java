package io.github.briefings.format.adapter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One property of an object type in the format: its name, how its value is read and written, where a
 * value of the type holds it, and whether a document must give it. A property belongs to one
 * {@link ObjectFormat}, which numbers it.
 *
 * @param <T> the object type
 * @param <V> the property's value
 */
final class Property<T, V> {
  private final String name;
  private final Name written;
  private final Reader<V> reader;
  private final Writer<V> writer;
  /** For an optional property: its value, if the value has one; null for a required property. */
  private final Function<T, Optional<V>> of;
  /** For a required property: its value; null for an optional property. */
  private final Function<T, V> always;
  private int index = -1;

  private Property(String name, Reader<V> reader, Writer<V> writer, Function<T, Optional<V>> of, Function<T, V> always) {
    this.name = name;
    this.written = new Name(name);
    this.reader = reader;
    this.writer = writer;
    this.of = of;
    this.always = always;
  }

  /** A property every document gives, and every value has. */
  static <T, V> Property<T, V> required(String name, Reader<V> reader, Writer<V> writer, Function<T, V> of) {
    return new Property<>(name, reader, writer, null, of);
  }

  /** A property that may be absent; {@code of} says when it is written. */
  static <T, V> Property<T, V> optional(String name, Reader<V> reader, Writer<V> writer,
      Function<T, Optional<V>> of) {
    return new Property<>(name, reader, writer, of, null);
  }

  /** A property of format version 1: read, never written. */
  static <T, V> Property<T, V> version1(String name, Reader<V> reader) {
    return new Property<>(name, reader, (out, v) -> {}, value -> Optional.empty(), null);
  }

  /** A required string. */
  static <T> Property<T, String> text(String name, Function<T, String> of) {
    return required(name, Json::string, Json.STRING, of);
  }

  /** An optional string. */
  static <T> Property<T, String> optionalText(String name, Function<T, Optional<String>> of) {
    return optional(name, Json::string, Json.STRING, of);
  }

  /** A flag written only when true. */
  static <T> Property<T, Boolean> flag(String name, Predicate<T> of) {
    return optional(name, Json::bool, Json.BOOLEAN, value -> of.test(value) ? Optional.of(true) : Optional.empty());
  }

  /** A list written only when it is not empty. */
  static <T, E> Property<T, List<E>> list(String name, String what, Reader<E> element, Writer<E> writer,
      Function<T, List<E>> of) {
    return optional(name, Json.listOf(what, element), Json.arrayOf(writer), value -> {
      List<E> list = of.apply(value);
      return list.isEmpty() ? Optional.empty() : Optional.of(list);
    });
  }

  String name() {
    return name;
  }

  boolean isRequired() {
    return always != null;
  }

  V read(JsonIn in) throws IOException {
    return reader.read(in);
  }

  /** Writes the property of {@code value} when it has one. */
  void write(JsonOut out, T value) throws IOException {
    if (always != null) {
      out.name(written);
      writer.write(out, always.apply(value));
      return;
    }
    Optional<V> v = of.apply(value);
    if (v.isPresent()) {
      out.name(written);
      writer.write(out, v.get());
    }
  }

  int index() {
    return index;
  }

  void number(int position) {
    if (index >= 0) {
      throw new IllegalStateException("the property " + name + " already belongs to an object format");
    }
    index = position;
  }
}
