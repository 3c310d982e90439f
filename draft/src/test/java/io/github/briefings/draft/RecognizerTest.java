package io.github.briefings.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.model.Qualifier;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the recognizer takes for a figure, and what it leaves alone. */
class RecognizerTest {
  private static final Recognizer ENGLISH = Recognizer.of(Lexicon.english());

  private static Mention one(String text) {
    List<Mention> found = ENGLISH.find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "police seized more than 35,000 rounds | more than 35,000 | MORE_THAN | 35000",
      "over 100 people | over 100 | MORE_THAN | 100",
      "at least 20 were hurt | at least 20 | AT_LEAST | 20",
      "about 340 cases | about 340 | APPROXIMATELY | 340",
      "around 50 | around 50 | APPROXIMATELY | 50",
      "nearly 1,000 arrests | nearly 1,000 | APPROXIMATELY | 1000",
      "up to 30 days | up to 30 | AT_MOST | 30",
      "fewer than 10 remain | fewer than 10 | FEWER_THAN | 10",
      "1,090 criminal cases | 1,090 | EXACT | 1090",
      "340 million | 340 million | EXACT | 340000000",
      "1.5 thousand people | 1.5 thousand | EXACT | 1500",
      "twelve groups | twelve | EXACT | 12",
      "2.5 tonnes | 2.5 | EXACT | 2.5",
  })
  void qualifiersNumbersAndMultipliers(String text, String exact, Qualifier qualifier, String value) {
    Mention m = one(text);
    assertThat(m.exact()).isEqualTo(exact);
    assertThat(m.qualifier()).isEqualTo(qualifier);
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(exact);
  }

  @Test
  void aRangeHasBothEnds() {
    Mention m = one("between 20 and 30 suspects");
    assertThat(m.qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(m.value()).isEqualByComparingTo("20");
    assertThat(m.high()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("30"));
    assertThat(m.exact()).isEqualTo("between 20 and 30");
  }

  @Test
  void moneyHasItsCurrencyAndItsStatedEquivalent() {
    Mention m = one("property estimated at 340 million tenge ($766,599 USD) has been seized");
    assertThat(m.exact()).isEqualTo("estimated at 340 million tenge");
    assertThat(m.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(m.currency()).contains("KZT");
    assertThat(m.equivalent()).hasValueSatisfying(e -> {
      assertThat(e.exact()).isEqualTo("$766,599 USD");
      assertThat(e.currency()).contains("USD");
      assertThat(e.value()).isEqualByComparingTo("766599");
    });
    assertThat(one("a fine of KZT 5,000").currency()).contains("KZT");
    assertThat(one("damage of £30 million").value()).isEqualByComparingTo("30000000");
    assertThat(one("€ 12 in all").currency()).contains("EUR");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Deputy Head of the 1st Service",
      "On 11 April 2022, a briefing",
      "on April 11, at noon",
      "under Article 272 of the Criminal Code",
      "the Kazakhstan-2050 strategy",
      "since 2021 nothing changed",
      "in January 2022",
  })
  void datesArticlesOrdinalsAndNamesAreNoFigures(String text) {
    assertThat(ENGLISH.find(text)).as(text).isEmpty();
  }

  @Test
  void positionsCountCodePoints() {
    // an emoji is two chars and one code point, as the W3C selectors count
    String text = "\uD83D\uDCCA 547 persons";
    Mention m = one(text);
    assertThat(m.start()).isEqualTo(2);
    assertThat(m.end()).isEqualTo(5);
    assertThat(text.codePoints().skip(m.start()).limit(m.end() - m.start())
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()).isEqualTo("547");
  }

  @Test
  void aLexiconOfOnesOwnComesFirstAndReadsAnotherLanguage() throws Exception {
    Lexicon russian = Lexicon.read(new StringReader(String.join("\n",
        "# a few Russian words, in the shape of the English list",
        "qualifier\tболее\tMORE_THAN",
        "qualifier\tсвыше\tMORE_THAN",
        "qualifier\tпорядка\tAPPROXIMATELY",
        "multiplier\tтысяч\t1000",
        "multiplier\tмлн\t1000000",
        "currency\tтенге\tKZT")));
    Recognizer r = Recognizer.of(russian.before(Lexicon.english()));
    Mention rounds = r.find("изъято более 35 тысяч патронов").get(0);
    assertThat(rounds.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(rounds.value()).isEqualByComparingTo("35000");
    Mention money = r.find("ущерб порядка 340 млн тенге").get(0);
    assertThat(money.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(money.value()).isEqualByComparingTo("340000000");
    assertThat(money.currency()).contains("KZT");
    assertThat(russian.size()).isEqualTo(6);
  }

  @Test
  void aBadLexiconLineIsRefusedNamingIt() {
    assertThatThrownBy(() -> Lexicon.read(new StringReader("qualifier\tmore than\tMORE\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lexicon line 1: not a value of a qualifier: MORE");
    assertThatThrownBy(() -> Lexicon.read(new StringReader("# fine\nadjective\tbig\tx\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lexicon line 2: unknown kind adjective");
    assertThatThrownBy(() -> Lexicon.read(new StringReader("cue\tsuspects\tnot a measure\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lexicon line 1: not a value of a cue: not a measure");
    assertThatThrownBy(() -> Lexicon.read(new StringReader("currency\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lexicon line 1: expected KIND<TAB>PHRASE<TAB>VALUE");
  }
}
