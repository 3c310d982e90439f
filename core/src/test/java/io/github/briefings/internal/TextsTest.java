package io.github.briefings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as blank, code point by code point, as the Character classes define it. */
class TextsTest {
  @Test
  void aCodePointIsBlankWhenWhiteSpaceASpaceSeparatorAControlOrAFormatCharacter() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.SURROGATE) {
        continue; // a lone surrogate is not a code point of a text
      }
      int type = Character.getType(cp);
      boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
          || type == Character.FORMAT;
      String one = new String(Character.toChars(cp));
      assertThat(Texts.isBlank(one)).as("U+%04X", cp).isEqualTo(invisible);
      assertThat(Texts.isBlank(" " + one + "\u200b")).as("U+%04X among blanks", cp).isEqualTo(invisible);
    }
    assertThat(Texts.isBlank("")).isTrue();
  }
}
