package io.github.briefings.draft;

import io.github.briefings.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the figures a text states: numbers in digits ("1,090", "1.5") or in words ("twelve"), with
 * a multiplier ("340 million"), a qualifier before them ("more than", "about", "between … and …"),
 * a currency before or after them ("$766,599", "340 million tenge"), and an equivalent in brackets.
 * Dates ("11 April 2022"), article numbers ("Article 272"), ordinals ("the 1st Service") and names
 * with numbers ("Kazakhstan-2050") are not figures. The words come from a {@link Lexicon}.
 * Immutable and thread-safe; linear in the length of the text.
 */
public final class Recognizer {
  private final Lexicon lexicon;

  private Recognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Returns a recognizer of the lexicon's words.
   *
   * @param lexicon the word lists, not null
   * @return the recognizer, never null
   */
  public static Recognizer of(Lexicon lexicon) {
    return new Recognizer(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /** A token of the text: its text in lower case, where it is (in chars), and whether it is a number in digits. */
  record Token(String text, int start, int end, boolean digits) {}

  /** Splits a phrase or a text into tokens: words, numbers in digits, and single signs. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        i = next;
        continue;
      }
      int j = next;
      boolean digits = Character.isDigit(c);
      if (digits) {
        // 1,090 and 1.5: a separator counts only between digits
        while (j < text.length() && (Character.isDigit(text.charAt(j))
            || (text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)))) {
          j++;
        }
      } else if (Character.isLetter(c)) {
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\''
            || text.charAt(j) == '’' || text.charAt(j) == '-' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
      }
      out.add(new Token(text.substring(i, j).toLowerCase(Locale.ROOT), i, j, digits));
      i = j;
    }
    return out;
  }

  /** The words of a phrase, as tokens' texts. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    tokens(phrase).forEach(t -> out.add(t.text()));
    return out;
  }

  /** Whether the entry's words stand at tokens {@code from, from + 1, …}. */
  static boolean at(List<Token> tokens, int from, List<String> words) {
    if (from < 0 || from + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The first entry of the kind whose words end just before token {@code before}. */
  private Optional<Lexicon.Entry> endingBefore(List<Token> tokens, int before, String kind) {
    if (before <= 0) {
      return Optional.empty();
    }
    for (Lexicon.Entry e : lexicon.endingWith(kind, tokens.get(before - 1).text())) {
      if (at(tokens, before - e.words().size(), e.words())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The first entry of the kind whose words start at token {@code from}. */
  private Optional<Lexicon.Entry> startingAt(List<Token> tokens, int from, String kind) {
    if (from >= tokens.size()) {
      return Optional.empty();
    }
    for (Lexicon.Entry e : lexicon.startingWith(kind, tokens.get(from).text())) {
      if (at(tokens, from, e.words())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the figures the text states, in order.
   *
   * @param text the text, not null
   * @return the figures, never null
   */
  public List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    locate(text).forEach(l -> out.add(l.mention()));
    return out;
  }

  /** A figure found, and where it stands in chars: from its first word to its last (its equivalent's bracket included). */
  record Located(Mention mention, int from, int to) {}

  /** Returns the figures the text states, in order, with where they stand in chars. */
  List<Located> locate(String text) {
    List<Token> tokens = tokens(Objects.requireNonNull(text, "text"));
    Offsets offsets = new Offsets(text);
    List<Located> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Found> found = figureAt(text, offsets, tokens, i);
      if (found.isPresent()) {
        Found f = found.get();
        out.add(new Located(f.mention, tokens.get(f.first).start(), tokens.get(f.next - 1).end()));
        i = f.next;
      } else {
        i++;
      }
    }
    return out;
  }

  /** A figure found, its first token, and the token after it. */
  private record Found(Mention mention, int first, int next) {}

  /** A number at token i: its value and the token after it (and its multiplier). */
  private record Number(BigDecimal value, int next) {}

  private Optional<Number> numberAt(String text, List<Token> tokens, int i) {
    BigDecimal value;
    int next;
    Token t = tokens.get(i);
    if (t.digits()) {
      if (notAFigure(text, tokens, i)) {
        return Optional.empty();
      }
      value = new BigDecimal(t.text().replace(",", ""));
      next = i + 1;
    } else {
      Optional<Lexicon.Entry> word = startingAt(tokens, i, "number");
      if (word.isEmpty()) {
        return Optional.empty();
      }
      value = new BigDecimal(word.get().value());
      next = i + word.get().words().size();
    }
    Optional<Lexicon.Entry> multiplier = next < tokens.size() ? startingAt(tokens, next, "multiplier") : Optional.empty();
    if (multiplier.isPresent()) {
      value = value.multiply(new BigDecimal(multiplier.get().value()));
      next += multiplier.get().words().size();
    }
    return Optional.of(new Number(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value, next));
  }

  /** An ordinal, a part of a name, an article's number or a date. */
  private boolean notAFigure(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.end() < text.length() && Character.isLetter(text.charAt(t.end()))) {
      return true; // 1st, 2nd, 10x
    }
    if (t.start() >= 2 && text.charAt(t.start() - 1) == '-' && Character.isLetterOrDigit(text.charAt(t.start() - 2))) {
      return true; // Kazakhstan-2050
    }
    if (endingBefore(tokens, i, "not-before").isPresent()) {
      return true;
    }
    boolean monthBefore = endingBefore(tokens, i, "month").isPresent();
    boolean monthAfter = i + 1 < tokens.size() && startingAt(tokens, i + 1, "month").isPresent();
    if (monthBefore || monthAfter) {
      return true;
    }
    boolean year = t.text().matches("(19|20|21)\\d\\d");
    return year && i > 0 && List.of("in", "since", "year", "until", "by", "from", "of").contains(tokens.get(i - 1).text());
  }

  private Optional<Found> figureAt(String text, Offsets offsets, List<Token> tokens, int i) {
    // a currency before the number: $766,599
    int numberAt = i;
    Optional<Lexicon.Entry> currencyBefore = startingAt(tokens, i, "currency");
    if (currencyBefore.isPresent()) {
      numberAt = i + currencyBefore.get().words().size();
      if (numberAt >= tokens.size()) {
        return Optional.empty();
      }
    }
    Optional<Number> number = numberAt < tokens.size() ? numberAt(text, tokens, numberAt) : Optional.empty();
    if (number.isEmpty()) {
      return Optional.empty();
    }
    int next = number.get().next;
    Optional<String> currency = currencyBefore.map(Lexicon.Entry::value);
    if (currency.isPresent() && next < tokens.size()) {
      // $766,599 USD: the code after the symbol says the same
      Optional<Lexicon.Entry> again = startingAt(tokens, next, "currency");
      if (again.isPresent() && again.get().value().equals(currency.get())) {
        next += again.get().words().size();
      }
    }
    if (currency.isEmpty() && next < tokens.size()) {
      Optional<Lexicon.Entry> after = startingAt(tokens, next, "currency");
      if (after.isPresent()) {
        currency = Optional.of(after.get().value());
        next += after.get().words().size();
      }
    }
    // the qualifier before it, or the start of a range: between 20 and 30
    Qualifier qualifier = Qualifier.EXACT;
    int first = i;
    Optional<BigDecimal> high = Optional.empty();
    Optional<Lexicon.Entry> range = endingBefore(tokens, i, "range");
    if (range.isPresent() && next < tokens.size() && tokens.get(next).text().equals(range.get().value())) {
      Optional<Number> other = next + 1 < tokens.size() ? numberAt(text, tokens, next + 1) : Optional.empty();
      if (other.isPresent() && other.get().value.compareTo(number.get().value) >= 0) {
        qualifier = Qualifier.RANGE;
        high = Optional.of(other.get().value);
        first = i - range.get().words().size();
        next = other.get().next;
        if (currency.isEmpty() && next < tokens.size()) {
          Optional<Lexicon.Entry> after = startingAt(tokens, next, "currency");
          if (after.isPresent()) {
            currency = Optional.of(after.get().value());
            next += after.get().words().size();
          }
        }
      }
    }
    if (qualifier == Qualifier.EXACT) {
      Optional<Lexicon.Entry> q = endingBefore(tokens, i, "qualifier");
      if (q.isPresent()) {
        qualifier = Qualifier.valueOf(q.get().value());
        first = i - q.get().words().size();
      }
    }
    BigDecimal value = number.get().value;
    if (qualifier == Qualifier.FEWER_THAN && value.signum() == 0) {
      qualifier = Qualifier.EXACT; // "fewer than 0" says nothing: keep the number
    }
    Optional<Mention> equivalent = Optional.empty();
    if (currency.isPresent() && next + 2 < tokens.size() && tokens.get(next).text().equals("(")) {
      Optional<Found> inside = figureAt(text, offsets, tokens, next + 1);
      if (inside.isPresent() && inside.get().mention.isMoney() && inside.get().next < tokens.size()
          && tokens.get(inside.get().next).text().equals(")")) {
        equivalent = Optional.of(inside.get().mention);
        int closing = inside.get().next + 1;
        Mention m = mention(text, offsets, tokens, first, next, qualifier, value, high, currency, equivalent);
        return Optional.of(new Found(m, first, closing));
      }
    }
    return Optional.of(new Found(mention(text, offsets, tokens, first, next, qualifier, value, high, currency, equivalent),
        first, next));
  }

  private static Mention mention(String text, Offsets offsets, List<Token> tokens, int first, int next,
      Qualifier qualifier, BigDecimal value, Optional<BigDecimal> high, Optional<String> currency,
      Optional<Mention> equivalent) {
    int from = tokens.get(first).start();
    int to = tokens.get(next - 1).end();
    return new Mention(offsets.codePoint(from), offsets.codePoint(to), text.substring(from, to), qualifier, value,
        high, currency, equivalent);
  }

  /** Turns char offsets into code point offsets, in constant time: a table only when the text has surrogates. */
  static final class Offsets {
    private final int[] codePoints;

    Offsets(String text) {
      boolean surrogates = false;
      for (int i = 0; i < text.length() && !surrogates; i++) {
        surrogates = Character.isSurrogate(text.charAt(i));
      }
      if (surrogates) {
        codePoints = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
          codePoints[i] = n;
          if (!Character.isLowSurrogate(text.charAt(i))) {
            n++;
          }
        }
        codePoints[text.length()] = text.codePointCount(0, text.length());
      } else {
        codePoints = null;
      }
    }

    int codePoint(int charOffset) {
      return codePoints == null ? charOffset : codePoints[charOffset];
    }
  }
}
