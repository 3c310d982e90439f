package io.github.briefings.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Qualifier;
import io.github.briefings.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's text, drafted, against the seed fixture (every fact of the briefing, recorded by hand):
 * every figure found with its value and qualifier, nothing invented, and most measures guessed right.
 * It prints recall, precision and measure accuracy.
 */
class SeedDraftTest {
  /** A figure of the fixture: its measure without the scope, its value and its qualifier, and its scope key. */
  record Expected(String measure, long value, Qualifier qualifier, String scope) {}

  static String seedText() throws IOException {
    return text("2022-04-11-briefing.txt");
  }

  static String text(String name) throws IOException {
    try (InputStream in = SeedDraftTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Expected> expected() {
    return expected(SeedBriefings.april11());
  }

  static List<Expected> expected(Briefing seed) {
    List<Expected> out = new ArrayList<>();
    for (Section<?, ?> s : Section.standard()) {
      figures(s, seed, out);
    }
    return out;
  }

  private static <S> void figures(Section<S, ?> section, Briefing b, List<Expected> out) {
    for (S record : section.records(b)) {
      String scope = section.scope(record).map(s -> s.key()).orElse("");
      for (Map.Entry<String, Count> e : section.stated(record).entrySet()) {
        out.add(new Expected(section.name() + "." + e.getKey(), e.getValue().value(), e.getValue().qualifier(), scope));
      }
    }
  }

  @Test
  void everyFigureOfTheSeedIsFoundNothingIsInventedAndMostMeasuresAreRight() throws IOException {
    Draft draft = Drafter.of(Lexicon.english()).draft(seedText());
    List<Expected> expected = expected();
    List<DraftFigure> counts = draft.figures().stream().filter(f -> !f.mention().isMoney()).toList();
    List<DraftFigure> unmatched = new ArrayList<>(counts);
    int found = 0;
    int measured = 0;
    int scoped = 0;
    List<String> wrong = new ArrayList<>();
    for (Expected e : expected) {
      DraftFigure match = unmatched.stream().filter(f -> f.mention().value().compareTo(BigDecimal.valueOf(e.value())) == 0
          && f.mention().qualifier() == e.qualifier()).findFirst().orElse(null);
      if (match == null) {
        continue;
      }
      unmatched.remove(match);
      found++;
      if (match.measure().equals(java.util.Optional.of(e.measure()))) {
        measured++;
      } else {
        wrong.add(e + " guessed " + match.measure() + " " + match.because());
      }
      if (match.scope().orElse("").equals(e.scope())) {
        scoped++;
      }
    }
    // the money: 340 million tenge, and its equivalent in dollars
    List<DraftFigure> money = draft.figures().stream().filter(f -> f.mention().isMoney()).toList();
    assertThat(money).singleElement().satisfies(f -> {
      assertThat(f.mention().value()).isEqualByComparingTo("340000000");
      assertThat(f.mention().currency()).contains("KZT");
      assertThat(f.mention().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
      assertThat(f.mention().equivalent()).hasValueSatisfying(eq -> {
        assertThat(eq.value()).isEqualByComparingTo("766599");
        assertThat(eq.currency()).contains("USD");
      });
    });
    double recall = (double) (found + 1) / (expected.size() + 1);
    double precision = (double) (found + 1) / (counts.size() + money.size());
    double accuracy = (double) measured / found;
    System.out.printf("seed draft: %d figures expected (%d counts and one amount), %d found; recall %.3f, precision %.3f,"
        + " measure accuracy %.3f (%d of %d), scope right for %d of %d%n%s%n", expected.size() + 1, expected.size(),
        found + 1, recall, precision, accuracy, measured, found, scoped, found, String.join("\n", wrong));
    // the scopes a text names as case categories: mass riots for the detention figures
    assertThat(draft.figures().stream().filter(f -> f.measure().filter(m -> m.startsWith("detention.")).isPresent()))
        .isNotEmpty().allSatisfy(f -> assertThat(f.scope()).contains("mass-riots"));
    assertThat(unmatched).as("invented figures").isEmpty();
    assertThat(found).as("figures found").isEqualTo(expected.size());
    assertThat(accuracy).as("measures guessed right: %s", wrong).isGreaterThanOrEqualTo(0.8);
  }

  /**
   * The figures of 25 April, as the press reported them (the bullets of {@code 2022-04-25-briefing-figures.md}),
   * against the 25 April fixture: a text the word lists were not written from.
   */
  @Test
  void aSecondTextIsDraftedToo() throws IOException {
    Draft draft = Drafter.of(Lexicon.english()).draft(text("2022-04-25-figures.txt"));
    List<Expected> expected = expected(SeedBriefings.april25()).stream()
        .map(e -> new Expected(e.measure().replaceAll("\\[[a-z-]+]\\.", "."), e.value(), e.qualifier(), e.scope())).toList();
    List<DraftFigure> figures = new ArrayList<>(draft.figures());
    int measured = 0;
    List<String> wrong = new ArrayList<>();
    for (Expected e : expected) {
      DraftFigure match = figures.stream().filter(f -> f.mention().value().compareTo(BigDecimal.valueOf(e.value())) == 0)
          .findFirst().orElseThrow(() -> new AssertionError("not found: " + e));
      figures.remove(match);
      if (match.measure().equals(java.util.Optional.of(e.measure()))) {
        measured++;
      } else {
        wrong.add(e + " guessed " + match.measure());
      }
    }
    System.out.printf("25 April draft: %d figures, all found, none invented; measure accuracy %d of %d%n%s%n",
        expected.size(), measured, expected.size(), String.join("\n", wrong));
    assertThat(figures).as("invented figures").isEmpty();
    assertThat((double) measured / expected.size()).as("measures guessed right: %s", wrong).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void theDraftIsABriefingWithEveryFigure() throws IOException {
    Draft draft = Drafter.of(Lexicon.english()).draft(seedText());
    Briefing b = draft.briefing("kz-2022-04-11-draft", java.time.LocalDate.of(2022, 4, 11), "KZ",
        SeedBriefings.JANUARY_2022);
    int placed = b.figures().size();
    assertThat(placed + b.ownFigures().size()).as("placed and unassigned").isEqualTo(
        (int) draft.figures().stream().filter(f -> !f.mention().isMoney()).count());
    assertThat(b.propertyRecoveries()).singleElement().satisfies(p -> {
      assertThat(p.amount().amount()).isEqualByComparingTo("340000000");
      assertThat(p.statedEquivalent()).isPresent();
      assertThat(p.estimated()).isTrue();
    });
    assertThat(draft.review()).contains("\"547\"").contains("detention.suspects").contains("part of #");
  }
}
