package io.github.briefings.format.adapter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The properties of one JSON object as read, each typed by its {@link Property}. */
final class Values {
  private final JsonIn in;
  private final Object[] values;
  /** Bit {@code i}: the property of index {@code i} was read; an object has at most 64. */
  private long read;
  /** Bit {@code i}: the property of index {@code i} was written as an array. */
  private long arrays;

  Values(JsonIn in, int size) {
    this.in = in;
    this.values = new Object[size];
  }

  /** Returns whether the table has room for an object of {@code size} properties. */
  boolean holds(int size) {
    return values.length >= size;
  }

  /** Forgets every property read, so that the table can serve another object. */
  void clear() {
    for (long left = read; left != 0; left &= left - 1) {
      values[Long.numberOfTrailingZeros(left)] = null;
    }
    read = 0;
    arrays = 0;
  }

  boolean has(Property<?, ?> p) {
    return (read & 1L << p.index()) != 0;
  }

  /** Returns whether every property of the indices marked in {@code properties} was read. */
  boolean hasAll(long properties) {
    return (read & properties) == properties;
  }

  /** Returns the value read for a property, or null when the object has none; a cleared slot is null. */
  @SuppressWarnings("unchecked") // each slot holds what its property's reader returned
  <V> V get(Property<?, V> p) {
    return (V) values[p.index()];
  }

  <V> Optional<V> find(Property<?, V> p) {
    return Optional.ofNullable(get(p));
  }

  /** Hands the value of a property, when read, to {@code set}. */
  <V> void ifPresent(Property<?, V> p, Consumer<V> set) {
    V v = get(p);
    if (v != null) {
      set.accept(v);
    }
  }

  /** Hands the value of a property, when read, to a setter of the builder. */
  <B, V> void ifPresent(Property<?, V> p, B builder, BiConsumer<? super B, ? super V> set) {
    V v = get(p);
    if (v != null) {
      set.accept(builder, v);
    }
  }

  /** Returns whether a property was written as an array: how format version 1 wrote breakdowns. */
  boolean wasArray(Property<?, ?> p) {
    return (arrays & 1L << p.index()) != 0;
  }

  void put(Property<?, ?> p, Object value, boolean array) {
    values[p.index()] = value;
    read |= 1L << p.index();
    if (array) {
      arrays |= 1L << p.index();
    }
  }

  /** Fails at the object's path. */
  <T> T fail(String problem) throws IOException {
    return in.fail(problem);
  }
}
