package io.github.briefings.format.adapter;

import io.github.briefings.format.adapter.JsonIn.Token;
import io.github.briefings.internal.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An object type of the format as a table of its properties, in the order they are written. Reading
 * refuses a wrong JSON type, an unknown or repeated property and a missing required one, then builds
 * the value, turning a broken invariant into a failure at the object's path.
 */
final class ObjectFormat<T> implements Reader<T>, Writer<T> {
  /** Builds a value from the properties read; may fail through {@link Values#fail}. */
  @FunctionalInterface
  interface Build<T> {
    T build(Values values) throws IOException;
  }

  private final String what;
  private final Property<T, ?>[] properties;
  private final Map<String, Property<T, ?>> byName = new HashMap<>();
  private final String[] names;
  /** Bit {@code i}: the property of index {@code i} is required. */
  private final long required;
  private final Build<T> build;
  private final String missing;

  /**
   * @param what the object as messages name it: {@code a speaker}
   * @param properties in the order written
   * @param missing the message when a required property is missing; null for {@code <what> needs "a" and "b"}
   */
  @SuppressWarnings("unchecked") // an array of properties of T
  ObjectFormat(String what, List<Property<T, ?>> properties, String missing, Build<T> build) {
    this.what = what;
    this.properties = properties.toArray(new Property[0]);
    if (this.properties.length > Long.SIZE) {
      throw new IllegalArgumentException(what + " has more properties than Values can mark: " + properties.size());
    }
    this.build = build;
    this.names = new String[this.properties.length];
    List<String> requiredNames = new ArrayList<>();
    long requiredBits = 0;
    for (int i = 0; i < this.properties.length; i++) {
      Property<T, ?> p = this.properties[i];
      p.number(i);
      names[i] = p.name();
      if (byName.put(p.name(), p) != null) {
        throw new IllegalArgumentException(what + " has two properties named " + p.name());
      }
      if (p.isRequired()) {
        requiredNames.add("\"" + p.name() + "\"");
        requiredBits |= 1L << i;
      }
    }
    this.required = requiredBits;
    this.missing = missing != null ? missing : what + " needs " + joinAnd(requiredNames);
  }

  ObjectFormat(String what, List<Property<T, ?>> properties, Build<T> build) {
    this(what, properties, null, build);
  }

  /** {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}. */
  private static String joinAnd(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  @Override
  public T read(JsonIn in) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      Json.expected(in, what + " (an object)");
    }
    ReadScratch scratch = in.scratch();
    Values values = scratch != null ? scratch.open(in, properties.length) : new Values(in, properties.length);
    try {
      return read(in, values);
    } finally {
      if (scratch != null) {
        scratch.close(values);
      }
    }
  }

  private T read(JsonIn in, Values values) throws IOException {
    int next = 0;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      Property<T, ?> p = null;
      // properties mostly come in the order written, and parsers share the names' instances: look
      // ahead for the same instance before looking the name up
      for (int i = next; i < names.length; i++) {
        if (names[i] == name) {
          p = properties[i];
          next = i + 1;
          break;
        }
      }
      if (p == null) {
        p = byName.get(name);
      }
      if (p != null && values.has(p)) {
        in.fail("the property " + Texts.quote(name) + " appears twice");
      }
      Token first = in.next();
      if (p == null) {
        in.fail("unknown property " + Texts.quote(name) + " in " + what);
      }
      values.put(p, p.read(in), first == Token.START_ARRAY);
    }
    if (in.token() != Token.END_OBJECT) {
      Json.expected(in, "a property name");
    }
    if (!values.hasAll(required)) {
      in.fail(missing);
    }
    try {
      return build.build(values);
    } catch (IllegalStateException | IllegalArgumentException e) {
      return in.fail(e.getMessage());
    }
  }

  @Override
  public void write(JsonOut out, T value) throws IOException {
    out.startObject();
    for (Property<T, ?> p : properties) {
      p.write(out, value);
    }
    out.endObject();
  }
}
