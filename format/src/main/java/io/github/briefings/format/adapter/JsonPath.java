package io.github.briefings.format.adapter;

import io.github.briefings.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A location in a JSON document, as messages write it ({@code $.detention[0].inCustody}) and as the
 * adapters add it to their exceptions, one reference per property or element: the one way both Jackson
 * modules name where a failure is. Internal.
 */
public final class JsonPath {
  private final List<Object> steps;

  private JsonPath(List<Object> steps) {
    this.steps = Collections.unmodifiableList(steps);
  }

  /** Builds a path from the innermost step out, as a parser's contexts are walked. */
  public static final class Builder {
    private final List<Object> steps = new ArrayList<>();

    /**
     * Adds the element {@code index} of an array around what is added so far.
     *
     * @return this builder
     */
    public Builder element(int index) {
      steps.add(0, Math.max(index, 0));
      return this;
    }

    /**
     * Adds the property {@code name} of an object around what is added so far.
     *
     * @return this builder
     */
    public Builder property(String name) {
      steps.add(0, name);
      return this;
    }

    /** Returns the path built so far. */
    public JsonPath build() {
      return new JsonPath(new ArrayList<>(steps));
    }
  }

  /** Returns a builder of an empty path, {@code $}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The steps from the document down: property names ({@code String}) and element indices ({@code Integer}). */
  public List<Object> steps() {
    return steps;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("$");
    for (Object step : steps) {
      out.append(step instanceof String name ? segment(name) : "[" + step + "]");
    }
    return out.toString();
  }

  /** A property in a path: {@code .name}, or {@code ['odd name']} quoted short. */
  public static String segment(String name) {
    boolean plain = !name.isEmpty() && name.length() <= Texts.QUOTED;
    for (int i = 0; i < name.length() && plain; i++) {
      char ch = name.charAt(i);
      plain = ch == '_' || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (i > 0 && ch >= '0' && ch <= '9');
    }
    return plain ? "." + name : "[" + Texts.quote(name.replace("'", "\\'"), '\'') + "]";
  }

  /**
   * Where malformed or oversized JSON was met: the head of the message, and the path the exception
   * holds.
   *
   * @param where {@code $.x: malformed or oversized JSON…}
   * @param path the location named first
   */
  public record Malformed(String where, JsonPath path) {}

  /**
   * Says where malformed or oversized JSON was met. Inside a value, or before the first property of an
   * object, that is the path of the value or object; after a whole value (a bad property name, a
   * comment, a stray character between tokens) it is the enclosing object, followed by the value it
   * comes after ({@code $: … after $.formatVersion}), or the enclosing array.
   *
   * @param afterValue whether the parser's last token ended a whole value
   * @param inRoot whether the parser is outside every object and array
   * @param inArray whether it is inside an array
   * @param value the path of the parser's current value
   * @param enclosing the path of the object or array around it
   */
  public static Malformed malformed(boolean afterValue, boolean inRoot, boolean inArray, JsonPath value,
      JsonPath enclosing) {
    if (!afterValue || inRoot) {
      return new Malformed(value + ": malformed or oversized JSON", value);
    }
    if (inArray) {
      // the parser may already have counted the next element: name the array, not an element
      return new Malformed(enclosing + ": malformed or oversized JSON between elements", enclosing);
    }
    return new Malformed(enclosing + ": malformed or oversized JSON after " + value, enclosing);
  }

  /**
   * Returns {@code " (line 3, column 14)"}, or nothing when the line is unknown (below 1).
   *
   * @return {@code " (line 3, column 14)"}, or nothing when the line is unknown (below 1)
   */
  public static String location(int line, int column) {
    return line < 1 ? "" : " (line " + line + ", column " + column + ")";
  }

  /** Jackson's own messages quote tokens at some length: keeps them short. */
  public static String bounded(String message) {
    return message == null || message.length() <= 200 ? String.valueOf(message)
        : message.substring(0, 200) + "… (" + message.length() + " characters)";
  }
}
