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
  /**
   * The property's value in a value of the type; null when the value has none and so it is not
   * written. Null for an optional property, whose value {@link #present} gives.
   */
  private final Function<T, V> get;
  /** The property's value as the model gives an optional one; null unless the property is optional. */
  private final Function<T, Optional<V>> present;
  /** Whether {@link #writer} is {@link Json#STRING}: the commonest value is written without a call through it. */
  private final boolean text;
  private final boolean required;
  private int index = -1;

  private Property(String name, Reader<V> reader, Writer<V> writer, Function<T, V> get,
      Function<T, Optional<V>> present, boolean required) {
    this.name = name;
    this.written = new Name(name);
    this.reader = reader;
    this.writer = writer;
    this.get = get;
    this.present = present;
    this.text = writer == (Writer<?>) Json.STRING;
    this.required = required;
  }

  /** A property every document gives, and every value has. */
  static <T, V> Property<T, V> required(String name, Reader<V> reader, Writer<V> writer, Function<T, V> of) {
    return new Property<>(name, reader, writer, of, null, true);
  }

  /** A property that may be absent; {@code of} says when it is written. */
  static <T, V> Property<T, V> optional(String name, Reader<V> reader, Writer<V> writer,
      Function<T, Optional<V>> of) {
    return new Property<>(name, reader, writer, null, of, false);
  }

  /**
   * A property that a document may leave out; {@code orNull} gives its value, or null when it is not
   * written. What the model requires, a document may still leave out, for the model's checks to name.
   */
  static <T, V> Property<T, V> nullable(String name, Reader<V> reader, Writer<V> writer, Function<T, V> orNull) {
    return new Property<>(name, reader, writer, orNull, null, false);
  }

  /** A property of format version 1: read, never written. */
  static <T, V> Property<T, V> version1(String name, Reader<V> reader) {
    return new Property<>(name, reader, (out, v) -> {}, value -> null, null, false);
  }

  /** A required string. */
  static <T> Property<T, String> text(String name, Function<T, String> of) {
    return required(name, Json::string, Json.STRING, of);
  }

  /** An optional string. */
  static <T> Property<T, String> optionalText(String name, Function<T, Optional<String>> of) {
    return optional(name, Json::string, Json.STRING, of);
  }

  /** A string a document may leave out, given by {@code orNull} or not written when it gives null. */
  static <T> Property<T, String> nullableText(String name, Function<T, String> orNull) {
    return nullable(name, Json::string, Json.STRING, orNull);
  }

  /** A flag written only when true. */
  static <T> Property<T, Boolean> flag(String name, Predicate<T> of) {
    return nullable(name, Json::bool, Json.BOOLEAN, value -> of.test(value) ? Boolean.TRUE : null);
  }

  /** A list written only when it is not empty. */
  static <T, E> Property<T, List<E>> list(String name, String what, Reader<E> element, Writer<E> writer,
      Function<T, List<E>> of) {
    return nullable(name, Json.listOf(what, element), Json.arrayOf(writer), value -> {
      List<E> list = of.apply(value);
      return list.isEmpty() ? null : list;
    });
  }

  String name() {
    return name;
  }

  boolean isRequired() {
    return required;
  }

  V read(JsonIn in) throws IOException {
    return reader.read(in);
  }

  /** Writes the property of {@code value} when it has one. */
  void write(JsonOut out, T value) throws IOException {
    V v = present != null ? present.apply(value).orElse(null) : get.apply(value);
    if (v != null) {
      out.name(written);
      if (text) {
        out.string((String) v);
      } else {
        writer.write(out, v);
      }
    } else if (required) {
      throw new IllegalStateException("the required property " + name + " of " + value + " has no value");
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
