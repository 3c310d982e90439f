package io.github.briefings.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Drafts the figures of a briefing from its text: each figure the {@link Recognizer} finds, with the
 * measure its words suggest and the figure it breaks down, for a person to confirm. A measure is
 * guessed from the words around the figure, within its sentence and up to the next figure: a
 * {@code lead} of the lexicon before it ("the criminals ended up with 610 weapons") wins, then the
 * first {@code cue} after it ("269 are under arrest"). A figure after a {@code part} word ("of which",
 * "this includes"), and the figures listed after it in its sentence, break down the nearest earlier
 * figure of the measure the lexicon names as their {@code whole}, or else the nearest earlier figure.
 * A scope is guessed from the lexicon's {@code scope} words in the rest of the figure's sentence
 * ("suspects of … mass riots"), or taken from the figure it breaks down, or else from the last figure
 * of the same section whose scope was named. Immutable and thread-safe.
 */
public final class Drafter {
  private final Lexicon lexicon;
  private final Recognizer recognizer;

  private Drafter(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.recognizer = Recognizer.of(lexicon);
  }

  /**
   * Returns a drafter of the lexicon's words.
   *
   * @param lexicon the word lists, not null
   * @return the drafter, never null
   */
  public static Drafter of(Lexicon lexicon) {
    return new Drafter(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * Drafts the figures of a text.
   *
   * @param text the briefing's text, not null
   * @return the draft, never null
   */
  public Draft draft(String text) {
    List<Recognizer.Located> located = recognizer.locate(Objects.requireNonNull(text, "text"));
    List<DraftFigure> figures = new ArrayList<>();
    boolean listing = false;
    for (int i = 0; i < located.size(); i++) {
      Recognizer.Located here = located.get(i);
      int sentence = sentenceStart(text, here.from());
      int sentenceEnd = sentenceEnd(text, here.to());
      int beforeFrom = i > 0 ? Math.max(sentence, located.get(i - 1).to()) : sentence;
      int afterTo = i + 1 < located.size() ? Math.min(sentenceEnd, located.get(i + 1).from()) : sentenceEnd;
      List<Recognizer.Token> before = Recognizer.tokens(text.substring(beforeFrom, here.from()));
      List<Recognizer.Token> after = Recognizer.tokens(text.substring(here.to(), afterTo));
      Optional<String> measure = Optional.empty();
      String because = "";
      if (!here.mention().isMoney()) {
        Optional<Lexicon.Entry> lead = first(before, "lead");
        Optional<Lexicon.Entry> cue = lead.isPresent() ? lead : first(after, "cue");
        if (cue.isPresent()) {
          measure = Optional.of(cue.get().value());
          because = "\u201c" + String.join(" ", cue.get().words()) + "\u201d " + (lead.isPresent() ? "before it" : "after it");
        }
      }
      // a part: after "of which", or listed after such a part in the same sentence
      boolean sameSentence = i > 0 && located.get(i - 1).to() > sentence;
      boolean part = first(before, "part").isPresent() || listing && sameSentence;
      listing = part;
      OptionalInt partOf = part ? whole(figures, measure) : OptionalInt.empty();
      String wording = text.substring(here.from(), afterTo).strip().replaceAll("\\s+", " ");
      // the scope: words in the sentence after the figure, or the scope of the figure it breaks down;
      // none for a part of a breakdown by category, whose key is the category
      Optional<String> scope = Optional.empty();
      String scopeBecause = "";
      boolean byCategory = measure.filter(m -> m.contains("ByCategory[")).isPresent();
      Optional<Lexicon.Entry> named = byCategory || here.mention().isMoney() ? Optional.empty()
          : first(Recognizer.tokens(text.substring(here.to(), sentenceEnd)), "scope");
      if (named.isPresent()) {
        scope = Optional.of(named.get().value());
        scopeBecause = "\u201c" + String.join(" ", named.get().words()) + "\u201d";
      } else if (partOf.isPresent() && !byCategory) {
        DraftFigure whole = figures.get(partOf.getAsInt());
        scope = whole.scope();
        scopeBecause = whole.scope().isPresent() ? "that of #" + (partOf.getAsInt() + 1) : "";
      } else if (!byCategory && measure.isPresent()) {
        // a text names a scope once and goes on about it: the last scope named in the same section
        String section = measure.get().substring(0, measure.get().indexOf('.'));
        for (int k = figures.size() - 1; k >= 0; k--) {
          DraftFigure earlier = figures.get(k);
          if (earlier.scope().isPresent() && earlier.measure().filter(m -> m.startsWith(section + ".")).isPresent()) {
            scope = earlier.scope();
            scopeBecause = "that of #" + (k + 1) + ", the last named in " + section;
            break;
          }
        }
      }
      figures.add(new DraftFigure(here.mention(), measure, because, scope, scopeBecause, partOf, trim(wording)));
    }
    return new Draft(text, figures);
  }

  /** The nearest earlier figure of the measure the part breaks down, or else the nearest earlier whole figure. */
  private OptionalInt whole(List<DraftFigure> earlier, Optional<String> measure) {
    Optional<String> wholeMeasure = measure.flatMap(m -> {
      String base = m.contains("[") ? m.substring(0, m.indexOf('[')) : m;
      for (Lexicon.Entry e : lexicon.of("whole")) {
        if (String.join("", e.words()).equals(base.toLowerCase(java.util.Locale.ROOT))) {
          return Optional.of(e.value());
        }
      }
      return Optional.empty();
    });
    for (int k = earlier.size() - 1; k >= 0; k--) {
      DraftFigure f = earlier.get(k);
      if (wholeMeasure.isPresent() ? f.measure().equals(wholeMeasure) : f.partOf().isEmpty()) {
        return OptionalInt.of(k);
      }
    }
    return OptionalInt.empty();
  }

  /** The first entry of the kind, in the lexicon's order, whose words stand anywhere among the tokens. */
  private Optional<Lexicon.Entry> first(List<Recognizer.Token> tokens, String kind) {
    Lexicon.Entry best = null;
    for (int k = 0; k < tokens.size(); k++) {
      for (Lexicon.Entry e : lexicon.startingWith(kind, tokens.get(k).text())) {
        if ((best == null || e.rank() < best.rank()) && Recognizer.at(tokens, k, e.words())) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean ends(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\u00b7' || c == '\u2022' || c == '!' || c == '?') {
      return true;
    }
    // a full stop ends a sentence when a space or the end follows it (not in 1.5)
    return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static int sentenceStart(String text, int from) {
    for (int i = from - 1; i >= 0; i--) {
      if (ends(text, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int to) {
    for (int i = to; i < text.length(); i++) {
      if (ends(text, i)) {
        return text.charAt(i) == '.' ? i + 1 : i;
      }
    }
    return text.length();
  }

  private static String trim(String wording) {
    return wording.length() <= 200 ? wording : wording.substring(0, 199) + "\u2026";
  }
}
