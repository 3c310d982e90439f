package io.github.briefings.model;

import io.github.briefings.internal.Dates;
import java.time.LocalDate;

/**
 * The largest texts and the range of dates a value of the model accepts. A value beyond them cannot
 * be built: its builder throws {@link InvalidValueException}, whose message quotes at most the first
 * 40 characters of the offending text and gives its length. The limits keep every check cheap and
 * every message short, whatever the input.
 */
public final class Limits {
  /** The longest slug (ids, scope keys, vocabulary codes, attributions), in characters: {@value}. */
  public static final int MAX_SLUG_LENGTH = 100;
  /**
   * The longest short text (names, titles, posts, organisations, labels, descriptions, venues,
   * wordings, document references, URLs), in characters: {@value}.
   */
  public static final int MAX_NAME_LENGTH = 2_000;
  /** The longest free text (the text of a statement), in characters: {@value}. */
  public static final int MAX_TEXT_LENGTH = 100_000;
  /** The earliest date of a briefing or a source: 1 January 1900. */
  public static final LocalDate EARLIEST_DATE = Dates.EARLIEST;
  /** The latest date of a briefing or a source: 31 December 2199. */
  public static final LocalDate LATEST_DATE = Dates.LATEST;

  private Limits() {}
}
