package io.github.briefings.draft;

import io.github.briefings.model.Qualifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The word lists of the {@link Recognizer}, as data: qualifiers ("more than"), number words
 * ("twelve"), multipliers ("million"), currencies ("tenge", "$"), the words that make figures parts
 * of another ("of which"), and the cues that suggest a figure's measure ("under arrest" →
 * {@code detention.inCustody}). {@link #english()} is the list that ships; a list of one's own, in
 * the same shape (another language, a jurisdiction's words), is read with {@link #read(Reader)} and
 * put first with {@link #before(Lexicon)}.
 *
 * <p>The text form: one entry per line, {@code KIND<TAB>PHRASE<TAB>VALUE}; {@code #} starts a comment.
 * The kinds are {@code qualifier} (VALUE a {@link Qualifier}), {@code range} (PHRASE the first word,
 * VALUE the word between the numbers), {@code number}, {@code multiplier} (VALUE a number),
 * {@code currency} (VALUE an ISO 4217 code), {@code part}, {@code whole} (PHRASE a part's measure,
 * VALUE the measure it breaks down), {@code lead} and {@code cue} (VALUE a measure,
 * {@code section.figure} or {@code section.figure[part]}), {@code not-before}, {@code month}, and {@code scope} (VALUE the code of a case category:
 * words in a figure's sentence that name the scope of its record).
 * Where entries of one kind both match, the one listed first wins. Immutable and thread-safe.
 */
public final class Lexicon {
  /** One entry: its kind, its phrase in lower case, as words, its value, and its rank among the entries of its kind. */
  record Entry(String kind, List<String> words, String value, int rank) {}

  private static final List<String> KINDS = List.of("qualifier", "range", "number", "multiplier", "currency", "part",
      "whole", "lead", "cue", "not-before", "month", "scope");
  private static final Lexicon ENGLISH = load("en.lexicon");

  private final List<Entry> entries;
  /** The entries of each kind, ranked; and by their first and by their last word. */
  private final Map<String, List<Entry>> byKind = new HashMap<>();
  private final Map<String, Map<String, List<Entry>>> byFirst = new HashMap<>();
  private final Map<String, Map<String, List<Entry>>> byLast = new HashMap<>();

  private Lexicon(List<Entry> given) {
    List<Entry> ranked = new ArrayList<>();
    for (Entry e : given) {
      List<Entry> kind = byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>());
      Entry r = new Entry(e.kind(), e.words(), e.value(), kind.size());
      kind.add(r);
      ranked.add(r);
      byFirst.computeIfAbsent(e.kind(), k -> new HashMap<>()).computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(r);
      byLast.computeIfAbsent(e.kind(), k -> new HashMap<>())
          .computeIfAbsent(e.words().get(e.words().size() - 1), k -> new ArrayList<>()).add(r);
    }
    this.entries = Collections.unmodifiableList(ranked);
  }

  /**
   * Returns the English word lists that ship with the library.
   *
   * @return the English lexicon, never null
   */
  public static Lexicon english() {
    return ENGLISH;
  }

  private static Lexicon load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("briefings-draft: the resource " + resource + " is missing from the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads word lists in the text form described above.
   *
   * @param text the lists, not null; not closed
   * @return the lexicon, never null
   * @throws IllegalArgumentException if a line has no phrase, an unknown kind, or a value its kind refuses,
   *     naming the line
   * @throws IOException if the text cannot be read
   */
  public static Lexicon read(Reader text) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader in = new BufferedReader(Objects.requireNonNull(text, "text"));
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 2 || cells[1].isBlank()) {
        throw new IllegalArgumentException("lexicon line " + n + ": expected KIND<TAB>PHRASE<TAB>VALUE: " + line);
      }
      String kind = cells[0].strip();
      String value = cells.length > 2 ? cells[2].strip() : "";
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("lexicon line " + n + ": unknown kind " + kind + "; the kinds are " + KINDS);
      }
      check(kind, value, n);
      List<String> words = Recognizer.words(cells[1].strip().toLowerCase(Locale.ROOT));
      if (words.isEmpty()) {
        throw new IllegalArgumentException("lexicon line " + n + ": expected KIND<TAB>PHRASE<TAB>VALUE: " + line);
      }
      entries.add(new Entry(kind, words, value, 0));
    }
    return new Lexicon(entries);
  }

  private static void check(String kind, String value, int line) {
    try {
      switch (kind) {
        case "qualifier":
          Qualifier.valueOf(value);
          break;
        case "number":
        case "multiplier":
          new BigDecimal(value);
          break;
        case "currency":
          java.util.Currency.getInstance(value);
          break;
        case "scope":
          if (io.github.briefings.model.CaseCategory.VOCABULARY.wellKnown().stream().noneMatch(c -> c.code().equals(value))) {
            throw new IllegalArgumentException(value);
          }
          break;
        case "lead":
        case "cue":
        case "whole":
          if (!value.matches("[a-zA-Z]+\\.[a-zA-Z0-9]+(\\[[a-z0-9-]+])?")) {
            throw new IllegalArgumentException(value);
          }
          break;
        default:
          break;
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lexicon line " + line + ": not a value of a " + kind + ": " + value, e);
    }
  }

  /**
   * Returns the entries of this lexicon followed by those of another: where both match, this one's win.
   *
   * @param other the lexicon to fall back on, not null
   * @return the combined lexicon, never null
   */
  public Lexicon before(Lexicon other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Lexicon(all);
  }

  /** The entries of a kind, in order. */
  List<Entry> of(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** The entries of a kind whose first word is this one, in order. */
  List<Entry> startingWith(String kind, String word) {
    return byFirst.getOrDefault(kind, Map.of()).getOrDefault(word, List.of());
  }

  /** The entries of a kind whose last word is this one, in order. */
  List<Entry> endingWith(String kind, String word) {
    return byLast.getOrDefault(kind, Map.of()).getOrDefault(word, List.of());
  }

  /**
   * Returns how many entries the lexicon holds.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }
}
