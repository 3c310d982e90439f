package io.github.briefings.draft;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A figure of a draft: the mention, the measure guessed for it ({@code detention.inCustody},
 * {@code weaponSeizure.byType[pistol]}), the words that led to the guess, the figure it is a part of
 * ("of which 269 are under arrest" is a part of "547 persons are considered suspects"), and its
 * wording: the figure and the words after it, up to the next figure or the end of the sentence.
 *
 * @param mention the figure as the text states it
 * @param measure the measure guessed, empty when no word suggested one (the figure is then unassigned)
 * @param because the words that led to the guess, empty when there is no guess
 * @param scope the case category guessed as the scope of its record ({@code mass-riots}), from words in
 *     its sentence, or the scope of the figure it breaks down
 * @param scopeBecause the words that led to the scope, empty when there is none
 * @param partOf the index, in the draft's figures, of the figure this one breaks down
 * @param wording the figure and the words after it
 */
public record DraftFigure(Mention mention, Optional<String> measure, String because, Optional<String> scope,
    String scopeBecause, OptionalInt partOf, String wording) {
  /**
   * Creates a figure of a draft.
   *
   * @param mention not null
   * @param measure not null
   * @param because not null
   * @param scope not null
   * @param scopeBecause not null
   * @param partOf not null
   * @param wording not null
   * @throws NullPointerException if an argument is null
   */
  public DraftFigure {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(scopeBecause, "scopeBecause");
    Objects.requireNonNull(partOf, "partOf");
    Objects.requireNonNull(wording, "wording");
  }
}
