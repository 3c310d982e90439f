package io.github.briefings.model;

import io.github.briefings.internal.Texts;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a figure was read: a span of a source text, given as the W3C Web Annotation selectors give
 * one, so that it can be found again and checked. The source is named by an id (its file name, say)
 * and the SHA-256 of its bytes; the span by a TextQuoteSelector ({@link #exact()}, with up to 32 code
 * points of {@link #prefix()} and {@link #suffix()}) and a TextPositionSelector ({@link #start()},
 * included, and {@link #end()}, excluded, counted in code points).
 *
 * <p>Invariants: a non-blank source id; a SHA-256 of 64 lowercase hexadecimal digits; a non-empty
 * exact quote of {@code end - start} code points; {@code 0 <= start < end}. Immutable and thread-safe.
 */
public final class SourceSpan {
  /** How much context {@link #in} keeps either side of the quote, in code points. */
  public static final int CONTEXT = 32;

  private final String source;
  private final String sha256;
  private final String exact;
  private final String prefix;
  private final String suffix;
  private final int start;
  private final int end;

  private SourceSpan(String source, String sha256, String exact, String prefix, String suffix, int start, int end) {
    this.source = source;
    this.sha256 = sha256;
    this.exact = exact;
    this.prefix = prefix;
    this.suffix = suffix;
    this.start = start;
    this.end = end;
  }

  /**
   * Returns a span.
   *
   * @param source the id of the source text, not blank
   * @param sha256 the SHA-256 of the source's bytes, 64 lowercase hexadecimal digits
   * @param exact the words quoted, not empty
   * @param prefix the text just before them, possibly empty
   * @param suffix the text just after them, possibly empty
   * @param start the code point where the quote starts
   * @param end the code point after the quote
   * @return the span, never null
   * @throws InvalidValueException naming every field that breaks an invariant, with its value
   */
  public static SourceSpan of(String source, String sha256, String exact, String prefix, String suffix, int start,
      int end) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
    Problems p = new Problems();
    p.notBlank("source", source);
    if (!sha256.matches("[0-9a-f]{64}")) {
      p.add("sha256 must be 64 lowercase hexadecimal digits: " + Texts.quote(sha256));
    }
    if (exact.isEmpty()) {
      p.add("exact must not be empty");
    }
    for (String[] field : new String[][] {{"exact", exact}, {"prefix", prefix}, {"suffix", suffix}}) {
      if (field[1].length() > Limits.MAX_NAME_LENGTH) {
        p.add(field[0] + " must be at most " + Limits.MAX_NAME_LENGTH + " characters, not " + field[1].length());
      }
    }
    if (start < 0) {
      p.add("start must not be negative: " + start);
    }
    if (end <= start) {
      p.add("end must be after start: " + start + " to " + end);
    } else if (!exact.isEmpty() && exact.codePointCount(0, exact.length()) != end - start) {
      p.add("exact must be end - start = " + (end - start) + " code points, not " + exact.codePointCount(0, exact.length())
          + ": " + Texts.quote(exact));
    }
    p.throwIfAny("SourceSpan");
    return new SourceSpan(source, sha256, exact, prefix, suffix, start, end);
  }

  /**
   * Returns the span of a text from one code point to another, with its context.
   *
   * @param source the id of the source text, not blank
   * @param sha256 the SHA-256 of the source's bytes
   * @param text the source text, not null
   * @param start the code point where the quote starts
   * @param end the code point after the quote, at most the text's length in code points
   * @return the span, never null
   * @throws InvalidValueException if the span is not one, as {@link #of} says
   * @throws IndexOutOfBoundsException if the span does not lie in the text
   */
  public static SourceSpan in(String source, String sha256, String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    int before = text.offsetByCodePoints(from, -Math.min(CONTEXT, start));
    int after = text.offsetByCodePoints(to, Math.min(CONTEXT, text.codePointCount(to, text.length())));
    return of(source, sha256, text.substring(from, to), text.substring(before, from), text.substring(to, after), start,
        end);
  }

  /**
   * Returns the id of the source text.
   *
   * @return the id of the source text
   */
  public String source() {
    return source;
  }

  /**
   * Returns the SHA-256 of the source's bytes, in lowercase hexadecimal.
   *
   * @return the SHA-256 of the source's bytes
   */
  public String sha256() {
    return sha256;
  }

  /**
   * Returns the words quoted.
   *
   * @return the words quoted, never empty
   */
  public String exact() {
    return exact;
  }

  /**
   * Returns the text just before the quote.
   *
   * @return the text just before the quote, possibly empty
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the text just after the quote.
   *
   * @return the text just after the quote, possibly empty
   */
  public String suffix() {
    return suffix;
  }

  /**
   * Returns the code point where the quote starts.
   *
   * @return the code point where the quote starts
   */
  public int start() {
    return start;
  }

  /**
   * Returns the code point after the quote.
   *
   * @return the code point after the quote
   */
  public int end() {
    return end;
  }

  /**
   * Returns whether the text still holds the quote where the span says.
   *
   * @param text the source text, not null
   * @return whether code points {@code start} to {@code end} of the text are {@link #exact()}
   */
  public boolean quotedIn(String text) {
    if (end > text.codePointCount(0, text.length())) {
      return false;
    }
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    return text.substring(from, to).equals(exact);
  }

  /**
   * Finds the quote in a text by its words and context, as a TextQuoteSelector is found: where the
   * prefix, the quote and the suffix stand together.
   *
   * @param text the source text, not null
   * @return the code point where the quote starts, if the text holds it with its context
   */
  public OptionalInt findIn(String text) {
    int at = text.indexOf(prefix + exact + suffix);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(text.codePointCount(0, at + prefix.length()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceSpan)) {
      return false;
    }
    SourceSpan s = (SourceSpan) o;
    return start == s.start && end == s.end && source.equals(s.source) && sha256.equals(s.sha256) && exact.equals(s.exact)
        && prefix.equals(s.prefix) && suffix.equals(s.suffix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, sha256, exact, start, end);
  }

  /** Returns {@code "547" in seed.txt [1034, 1037)}. */
  @Override
  public String toString() {
    return Texts.quote(exact) + " in " + source + " [" + start + ", " + end + ")";
  }
}
